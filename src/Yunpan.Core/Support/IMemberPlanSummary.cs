namespace Yunpan.Core.Support;

/// <summary>
/// K-12: the member's plan and recent orders for the desk's customer context. Implemented by Plans and registered in
/// its module setup, so the desk reads them without referencing Plans (DESIGN §2's module rules).
/// </summary>
public interface IMemberPlanSummary
{
    Task<MemberPlanSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken);
}

/// <summary>The plan now (<c>Capacity</c> in bytes, rewards included; <c>ExpiresAt</c> null for free plans) and the newest orders.</summary>
public sealed record MemberPlanSummary(string PlanId, string PlanName, long Capacity, DateTimeOffset? ExpiresAt, IReadOnlyList<MemberOrderSummary> RecentOrders);

/// <summary>One order as support sees it: amount in fen, channel (online, shop), status, and the period it granted.</summary>
public sealed record MemberOrderSummary(Guid Id, string PlanId, long Amount, string Channel, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? PeriodStart, DateTimeOffset? PeriodEnd);
