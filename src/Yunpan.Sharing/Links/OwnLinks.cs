using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

/// <summary>The publisher's side of links: only their own are ever found (another member's id is a 404).</summary>
internal sealed class OwnLinks(DbContext db, IDriveFiles drive, IEntitlements entitlements, TrafficBudget traffic, LinkMapper mapper, TimeProvider clock)
{
    public async Task<ShareLink> RequireAsync(Guid ownerId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<ShareLink>().FirstOrDefaultAsync(l => l.Id == id && l.OwnerId == ownerId, cancellationToken)
        ?? throw SharingErrors.LinkNotFound();

    public async Task<ShareLinkDto> DescribeAsync(ShareLink link, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(link.OwnerId, cancellationToken);
        var target = await drive.FindByIdAsync(link.OwnerId, link.NodeId, cancellationToken);
        var image = link.PromotionImageId is { } imageId ? await drive.FindByIdAsync(link.OwnerId, imageId, cancellationToken) : null;
        var account = link.IsBusiness ? await traffic.ForAsync(link.OwnerId, plan, cancellationToken) : null;
        return mapper.ToDto(link, target, StateOf(link, target, plan, account), image);
    }

    public async Task<ShareListResponse> ListAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var links = await db.Set<ShareLink>().AsNoTracking().Where(l => l.OwnerId == ownerId).OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);
        var nodes = links.Select(l => (l.OwnerId, l.NodeId))
            .Concat(links.Where(l => l.PromotionImageId is not null).Select(l => (l.OwnerId, l.PromotionImageId!.Value)))
            .Distinct().ToList();
        var found = await drive.FindByIdsAsync(nodes, cancellationToken);
        var account = links.Any(l => l.IsBusiness) ? await traffic.ForAsync(ownerId, plan, cancellationToken) : null;
        return new ShareListResponse(links.ConvertAll(link =>
        {
            var target = found.GetValueOrDefault(link.NodeId);
            var image = link.PromotionImageId is { } imageId ? found.GetValueOrDefault(imageId) : null;
            return mapper.ToDto(link, target, StateOf(link, target, plan, account), image);
        }));
    }

    /// <summary>The link's state, and for an otherwise serving business link whether its month's traffic is used up.</summary>
    private LinkState StateOf(ShareLink link, DriveEntry? target, Entitlements plan, TrafficAccount? account)
    {
        var state = LinkState.Of(link, target, plan, clock.GetUtcNow());
        return state.IsActive && link.IsBusiness && account is { Remaining: 0 } ? new LinkState(ShareStatuses.TrafficUsedUp, RightsGap.None) : state;
    }
}
