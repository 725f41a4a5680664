using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Visits;

/// <summary>Resolves a token to a visit, and a path inside a folder link to an item of the publisher's drive.</summary>
internal sealed class OpenLink(DbContext db, IDriveFiles drive, IEntitlements entitlements, LinkUnlock unlock, PasswordThrottle throttle, TimeProvider clock)
{
    public async Task<LinkVisit?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return null;
        }

        var link = await db.Set<ShareLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Token == token, cancellationToken);
        if (link is null)
        {
            return null;
        }

        var target = await drive.FindByIdAsync(link.OwnerId, link.NodeId, cancellationToken);
        var publisher = await entitlements.ForMemberAsync(link.OwnerId, cancellationToken);
        return new LinkVisit(link, target, publisher, LinkState.Of(link, target, publisher, clock.GetUtcNow()));
    }

    /// <summary>A visit that may serve content: found, not gone, within the publisher's rights and unlocked (by the
    /// link's cookie or <paramref name="code"/>). Anything else is the matching problem.</summary>
    public async Task<LinkVisit> RequireServingAsync(string token, string? code, Microsoft.AspNetCore.Http.HttpContext http, CancellationToken cancellationToken)
    {
        var visit = await FindAsync(token, cancellationToken) ?? throw SharingErrors.LinkNotFound();
        if (visit.State.IsGone)
        {
            throw SharingErrors.Gone(visit.State.Status);
        }

        if (!unlock.IsUnlocked(http, visit.Link))
        {
            // A code given with the request (header or body) is an attempt like one on the page's form.
            if (string.IsNullOrEmpty(code))
            {
                throw SharingErrors.Locked();
            }

            if (!throttle.TryAttempt(token, PasswordThrottle.ClientOf(http), out var retryAfter))
            {
                throw SharingErrors.TooManyAttempts(retryAfter);
            }

            if (!LinkUnlock.Matches(visit.Link, code))
            {
                throw SharingErrors.Locked();
            }
        }

        return visit.State.IsActive ? visit : throw SharingErrors.BeyondPlan(visit.State.Gap);
    }

    /// <summary>
    /// The item at <paramref name="relative"/> below the shared folder ("" or "/": the shared item itself). The path is
    /// parsed segment by segment ('..' is refused), so it cannot leave the shared folder.
    /// </summary>
    public async Task<DriveEntry> ItemAsync(LinkVisit visit, string? relative, CancellationToken cancellationToken)
    {
        var target = visit.Target ?? throw SharingErrors.LinkNotFound();
        var below = DrivePath.Parse(relative);
        if (below.IsRoot)
        {
            return target;
        }

        if (!target.IsFolder)
        {
            throw SharingErrors.LinkNotFound();
        }

        var path = below.Segments.Aggregate(DrivePath.Parse(target.Path), (p, s) => p.Child(s));
        return await drive.FindAsync(visit.Link.OwnerId, path, cancellationToken) ?? throw SharingErrors.ItemNotFound();
    }
}
