using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Support;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Plans.Orders;

/// <summary>K-12: Plans' answer to the desk: the plan as entitlements see it and the newest orders.</summary>
internal sealed class MemberPlanSummaryForDesk(DbContext db, IEntitlements entitlements) : IMemberPlanSummary
{
    private const int RecentOrders = 10;

    public async Task<MemberPlanSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = await entitlements.ForMemberAsync(memberId, cancellationToken);
        var orders = await db.Set<Order>().AsNoTracking().Where(o => o.MemberId == memberId)
            .OrderByDescending(o => o.CreatedAt).Take(RecentOrders).ToListAsync(cancellationToken);
        return new MemberPlanSummary(now.PlanId, now.PlanName, now.Capacity, now.ExpiresAt,
            [.. orders.Select(o => new MemberOrderSummary(o.Id, o.PlanId, o.Amount, o.Channel.ToString().ToLowerInvariant(), o.Status.ToString().ToLowerInvariant(),
                o.CreatedAt, o.PeriodStart, o.PeriodEnd))]);
    }
}
