using Yunpan.Contracts.Sharing;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Sharing.Business;

/// <summary>The publisher's business-link traffic this month and whether their business links serve (S-8).</summary>
internal sealed class GetBusinessTraffic(IEntitlements entitlements, TrafficBudget budget)
{
    public const string PlanEnded = "plan_ended";
    public const string TrafficUsedUp = "traffic_used_up";

    public async Task<BusinessTrafficDto> ExecuteAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        var account = await budget.ForAsync(ownerId, plan, cancellationToken);
        var stop = !account.HasBusinessLinks ? PlanEnded : account.Remaining == 0 ? TrafficUsedUp : null;
        return new BusinessTrafficDto(account.MonthStart, account.HasBusinessLinks ? account.Allowance : 0, account.Extra, account.Used, account.Remaining, stop);
    }
}
