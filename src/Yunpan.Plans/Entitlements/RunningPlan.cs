using Yunpan.Plans.Catalog;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Entitlements;

/// <summary>
/// P-6: a member may hold a bought plan and a granted one at once; the highest of those still running is the one that
/// counts, so when a bought term ends the member is on the next plan still running, and on the default only when none is.
/// </summary>
internal static class RunningPlan
{
    /// <summary>The plan that counts and when it ends (null: it does not), or null when no held plan runs.</summary>
    public static (PlanDefinition Plan, DateTimeOffset? ExpiresAt)? Choose(PlanCatalog catalog, IEnumerable<CurrentPlan> held, DateTimeOffset now) =>
        held.Where(h => h.ExpiresAt is null || h.ExpiresAt > now)
            .Select(h => (Plan: catalog.Find(h.PlanId), h.ExpiresAt))
            .Where(h => h.Plan is not null)
            .OrderByDescending(h => catalog.RankOf(h.Plan!))
            .ThenByDescending(h => h.ExpiresAt ?? DateTimeOffset.MaxValue)
            .Select(h => ((PlanDefinition Plan, DateTimeOffset? ExpiresAt)?)(h.Plan!, h.ExpiresAt))
            .FirstOrDefault();
}
