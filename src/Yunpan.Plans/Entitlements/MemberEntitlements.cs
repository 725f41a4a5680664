using Microsoft.EntityFrameworkCore;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Persistence;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Entitlements;

internal sealed class MemberEntitlements(DbContext db, PlanCatalog catalog, CapacityLedger ledger, TimeProvider clock) : IEntitlements
{
    public async Task<Entitlements> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await db.Set<MemberPlan>().AsNoTracking()
            .Where(p => p.MemberId == memberId)
            .Select(p => new { p.PlanId, p.ExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);

        // An expired plan falls back to the default (P-6) even before the sweeper of the plans issue runs.
        var running = current is not null && (current.ExpiresAt is null || current.ExpiresAt > now) ? catalog.Find(current.PlanId) : null;
        var plan = running ?? catalog.Default;

        // Rewards add to the plan's capacity (the ledger's other rows); limits on single files stay the plan's.
        var bonus = await ledger.ActiveBytesAsync(memberId, now, cancellationToken);
        return new Entitlements(plan.Id, plan.Name, plan.Capacity + bonus, plan.MaxUpload, plan.MaxShared,
            plan.Capabilities.ToHashSet(StringComparer.Ordinal), running is null ? null : current!.ExpiresAt, bonus,
            plan.BusinessTrafficPerMonth);
    }
}
