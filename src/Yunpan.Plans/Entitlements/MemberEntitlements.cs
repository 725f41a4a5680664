using Microsoft.EntityFrameworkCore;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Grants;
using Yunpan.Plans.Orders;
using Yunpan.Plans.Persistence;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Entitlements;

internal sealed class MemberEntitlements(DbContext db, PlanCatalog catalog, CapacityLedger ledger, TimeProvider clock) : IEntitlements
{
    public async Task<Entitlements> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // The bought plan and the granted one in one round trip; an expired one counts for nothing (P-6) even before
        // the sweeper removes it.
        // The second query is built outside the first: inside it, EF would have to compile a delegate to evaluate it
        // on every call.
        var granted = db.Set<PlanGrant>().AsNoTracking().Where(g => g.MemberId == memberId).Select(g => new { g.PlanId, g.ExpiresAt });
        var held = await db.Set<MemberPlan>().AsNoTracking().Where(p => p.MemberId == memberId).Select(p => new { p.PlanId, p.ExpiresAt })
            .Concat(granted)
            .ToListAsync(cancellationToken);
        var running = RunningPlan.Choose(catalog, held.Select(h => new CurrentPlan(h.PlanId, h.ExpiresAt)), now);
        var plan = running?.Plan ?? catalog.Default;

        // Rewards add to the plan's capacity (the ledger's other rows); limits on single files stay the plan's.
        var bonus = await ledger.ActiveBytesAsync(memberId, now, cancellationToken);
        return new Entitlements(plan.Id, plan.Name, plan.Capacity + bonus, plan.MaxUpload, plan.MaxShared,
            plan.Capabilities.ToHashSet(StringComparer.Ordinal), running?.ExpiresAt, bonus, plan.BusinessTrafficPerMonth);
    }
}
