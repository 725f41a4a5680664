using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

/// <summary>The publisher's side of links: only their own are ever found (another member's id is a 404).</summary>
internal sealed class OwnLinks(DbContext db, IDriveFiles drive, IEntitlements entitlements, LinkMapper mapper, TimeProvider clock)
{
    public async Task<ShareLink> RequireAsync(Guid ownerId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<ShareLink>().FirstOrDefaultAsync(l => l.Id == id && l.OwnerId == ownerId, cancellationToken)
        ?? throw SharingErrors.LinkNotFound();

    public async Task<ShareLinkDto> DescribeAsync(ShareLink link, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(link.OwnerId, cancellationToken);
        return await DescribeAsync(link, plan, cancellationToken);
    }

    public async Task<ShareListResponse> ListAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var links = await db.Set<ShareLink>().AsNoTracking().Where(l => l.OwnerId == ownerId).OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);
        var targets = await drive.FindByIdsAsync(links.ConvertAll(l => (l.OwnerId, l.NodeId)), cancellationToken);
        var now = clock.GetUtcNow();
        return new ShareListResponse(links.ConvertAll(link =>
        {
            var target = targets.GetValueOrDefault(link.NodeId);
            return mapper.ToDto(link, target, LinkState.Of(link, target, plan, now));
        }));
    }

    public async Task<ShareLinkDto> DescribeAsync(ShareLink link, Entitlements plan, CancellationToken cancellationToken)
    {
        var target = await drive.FindByIdAsync(link.OwnerId, link.NodeId, cancellationToken);
        return mapper.ToDto(link, target, LinkState.Of(link, target, plan, clock.GetUtcNow()));
    }
}
