using Yunpan.Contracts.Plans;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Plans.Rewards;

/// <summary>A member's capacity explained: the running plan's row, then every grant with its source and expiry.</summary>
internal sealed class GetCapacityLedger(IEntitlements entitlements, CapacityLedger ledger, TimeProvider clock)
{
    public async Task<CapacityLedgerDto> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = await entitlements.ForMemberAsync(memberId, cancellationToken);
        var grants = await ledger.ListAsync(memberId, cancellationToken);
        var rows = new List<CapacityGrantDto> { new(GrantSources.Plan, plan.PlanId, plan.PlanCapacity, null, plan.ExpiresAt, true) };
        rows.AddRange(grants.Select(g => new CapacityGrantDto(g.Source, g.Reference, g.Bytes, g.GrantedAt, g.ExpiresAt, g.ExpiresAt is null || g.ExpiresAt > now)));
        return new CapacityLedgerDto(plan.Capacity, rows);
    }
}
