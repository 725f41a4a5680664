using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Words;

namespace Yunpan.Sharing.Links;

/// <summary>
/// Replaces a link's settings (S-3). The result must fit the publisher's current plan: that is how a link left beyond
/// the rights by a downgrade is saved as a link of the current plan (S-9), and why one that still does not fit is refused.
/// </summary>
internal sealed class UpdateShareLink(DbContext db, OwnLinks links, IDriveFiles drive, IEntitlements entitlements, SensitiveWords words, TimeProvider clock)
{
    public async Task<ShareLinkDto> ExecuteAsync(Guid ownerId, Guid id, UpdateShareRequest request, CancellationToken cancellationToken)
    {
        var link = await links.RequireAsync(ownerId, id, cancellationToken);
        var settings = LinkSettings.From(request, clock.GetUtcNow());
        if (link.RevokedAt is not null)
        {
            throw SharingErrors.Gone(ShareStatuses.Revoked);
        }

        var target = await drive.FindByIdAsync(ownerId, link.NodeId, cancellationToken) ?? throw SharingErrors.Gone(ShareStatuses.Removed);
        LinkRights.EnsureFits(settings, target.IsFolder ? 0 : target.Size, await entitlements.ForMemberAsync(ownerId, cancellationToken));
        await words.EnsureCleanAsync(settings.Title, settings.Description, settings.PromotionText, cancellationToken);
        var image = await PromotionImages.ResolveAsync(drive, ownerId, settings.PromotionImage, cancellationToken);
        link.Apply(settings, image?.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await links.DescribeAsync(link, cancellationToken);
    }
}
