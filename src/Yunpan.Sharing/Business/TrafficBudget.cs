using Yunpan.Contracts.Plans;
using Yunpan.Plans.Entitlements;
using Yunpan.Plans.Traffic;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Business;

/// <summary>A publisher's business-link traffic this month (S-8): what the plan gives, what was bought, what is used.</summary>
internal sealed record TrafficAccount(int Month, DateTimeOffset MonthStart, long Allowance, long Extra, long Used, bool HasBusinessLinks)
{
    /// <summary>Nothing serves once the Gold plan has ended, whatever was bought.</summary>
    public long Budget => HasBusinessLinks ? Allowance + Extra : 0;

    public long Remaining => Math.Max(0, Budget - Used);
}

/// <summary>Reads a publisher's <see cref="TrafficAccount"/>: the plan's monthly figure plus extra traffic paid this
/// month (asked of the plans module at every download, so a payment counts at once).</summary>
internal sealed class TrafficBudget(IBusinessTraffic purchases, TrafficMeter meter, TimeProvider clock)
{
    public async Task<TrafficAccount> ForAsync(Guid ownerId, Entitlements plan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = LinkCounters.MonthOf(now);
        var month = TrafficMeter.MonthKey(now);
        var extra = await purchases.ExtraPaidAsync(ownerId, start, start.AddMonths(1), cancellationToken);
        var used = await meter.UsedAsync(ownerId, month, cancellationToken);
        return new TrafficAccount(month, start, plan.BusinessTrafficPerMonth, extra, used, plan.Has(PlanCapabilities.BusinessLinks));
    }
}
