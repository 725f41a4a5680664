using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Pages;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Visits;

/// <summary>The links a search engine may list: public (no code), not gone, within the publisher's plan.</summary>
internal sealed class PublicLinks(DbContext db, IDriveFiles drive, IEntitlements entitlements, LinkUrls urls, TimeProvider clock) : ISitemapSource
{

    public async IAsyncEnumerable<string> UrlsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Set<ShareLink>().AsNoTracking()
            .Where(l => l.Password == null && l.RevokedAt == null && (l.ExpiresAt == null || l.ExpiresAt > now)
                        && (l.DownloadLimit == null || l.Downloads < l.DownloadLimit))
            .OrderBy(l => l.Id)
            .Take(SitemapEndpoint.MaxUrls)
            .ToListAsync(cancellationToken);
        var targets = await drive.FindByIdsAsync(candidates.ConvertAll(l => (l.OwnerId, l.NodeId)), cancellationToken);
        var plans = new Dictionary<Guid, Entitlements>();
        foreach (var link in candidates)
        {
            // An item gone from the drive needs no plan to say the link does not serve.
            if (targets.GetValueOrDefault(link.NodeId) is not { } target)
            {
                continue;
            }

            if (!plans.TryGetValue(link.OwnerId, out var plan))
            {
                plans[link.OwnerId] = plan = await entitlements.ForMemberAsync(link.OwnerId, cancellationToken);
            }

            if (LinkState.Of(link, target, plan, now).IsActive)
            {
                yield return urls.Page(link.Token);
            }
        }
    }
}
