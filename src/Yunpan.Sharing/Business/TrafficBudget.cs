using Yunpan.Contracts.Plans;
using Yunpan.Plans;
using Yunpan.Plans.Entitlements;
using Yunpan.Plans.Traffic;

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
internal sealed class TrafficBudget(IBusinessTraffic purchases, TrafficMeter meter, IBillingCalendar calendar, TimeProvider clock)
{
    public async Task<TrafficAccount> ForAsync(Guid ownerId, Entitlements plan, CancellationToken cancellationToken)
    {
        var month = calendar.MonthOf(clock.GetUtcNow());
        var extra = await purchases.ExtraPaidAsync(ownerId, month.Start, month.End, cancellationToken);
        var used = await meter.UsedAsync(ownerId, month.Key, cancellationToken);
        return new TrafficAccount(month.Key, month.Start, plan.BusinessTrafficPerMonth, extra, used, plan.Has(PlanCapabilities.BusinessLinks));
    }
}
