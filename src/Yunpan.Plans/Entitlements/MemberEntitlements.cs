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

        var held = await Held(db, memberId).ToListAsync(cancellationToken);
        var running = RunningPlan.Choose(catalog, held.Select(h => new CurrentPlan(h.PlanId, h.ExpiresAt)), now);
        var plan = running?.Plan ?? catalog.Default;

        // Rewards add to the plan's capacity (the ledger's other rows); limits on single files stay the plan's.
        var bonus = await ledger.ActiveBytesAsync(memberId, now, cancellationToken);
        return new Entitlements(plan.Id, plan.Name, plan.Capacity + bonus, plan.MaxUpload, plan.MaxShared,
            plan.Capabilities.ToHashSet(StringComparer.Ordinal), running?.ExpiresAt, bonus, plan.BusinessTrafficPerMonth);
    }

    // The bought plan and the granted one in one round trip; an expired one counts for nothing (P-6) even before the
    // sweeper removes it. Compiled once: every upload and most drive requests ask.
    // (A set operation takes member initialisers, not constructor calls, hence the row class.)
    private static readonly Func<DbContext, Guid, IAsyncEnumerable<HeldPlan>> Held = EF.CompileAsyncQuery(
        (DbContext db, Guid memberId) => db.Set<MemberPlan>().Where(p => p.MemberId == memberId).Select(p => new HeldPlan { PlanId = p.PlanId, ExpiresAt = p.ExpiresAt })
            .Concat(db.Set<PlanGrant>().Where(g => g.MemberId == memberId).Select(g => new HeldPlan { PlanId = g.PlanId, ExpiresAt = g.ExpiresAt })));

    private sealed class HeldPlan
    {
        public required string PlanId { get; init; }

        public DateTimeOffset? ExpiresAt { get; init; }
    }
}
