using Yunpan.Contracts.Sharing;
using Yunpan.Core.Support;

namespace Yunpan.Sharing.Links;

/// <summary>K-12: Sharing's answer to the desk: the member's links with the same status their own list shows.</summary>
internal sealed class MemberLinksSummaryForDesk(OwnLinks links) : IMemberLinksSummary
{
    private const int RecentLinks = 10;

    public async Task<MemberLinksSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var all = (await links.ListAsync(memberId, cancellationToken)).Items;
        return new MemberLinksSummary(all.Count, all.Count(l => l.Status == ShareStatuses.Active),
            [.. all.Take(RecentLinks).Select(l => new MemberLinkSummary(l.Id, l.Title ?? l.Name, l.IsFolder, l.HasPassword, l.Status, l.Counters.Downloads,
                l.CreatedAt, l.ExpiresAt))]);
    }
}
