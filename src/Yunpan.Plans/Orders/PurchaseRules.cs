using Yunpan.Plans.Catalog;

namespace Yunpan.Plans.Orders;

/// <summary>
/// P-3 as arithmetic. A member buys the same plan (renewal: the term follows the running one), a higher plan (upgrade:
/// it starts now, and the old plan's remaining days × its daily price ÷ the new plan's daily price become extra days,
/// rounded to the nearest whole day), or, with no paid plan running, any paid plan. A lower plan while a higher one
/// runs is refused: there is no "pay the difference" and no way down. Daily prices are the yearly price ÷ 365.
/// </summary>
public static class PurchaseRules
{
    public static PurchasePlan Decide(PlanCatalog catalog, CurrentPlan current, PlanDefinition target, PlanTerm term, DateTimeOffset now)
    {
        var running = current.ExpiresAt is { } end && end > now && catalog.Find(current.PlanId) is { PricePerYear: not null } plan
            ? (Plan: plan, Ends: end)
            : default;
        if (running.Plan is null)
        {
            return new PurchasePlan(PurchaseKind.New, now, term.EndFrom(now), 0, null);
        }

        if (string.Equals(running.Plan.Id, target.Id, StringComparison.OrdinalIgnoreCase))
        {
            return new PurchasePlan(PurchaseKind.Renewal, running.Ends, term.EndFrom(running.Ends), 0, running.Plan);
        }

        if (catalog.RankOf(target) < catalog.RankOf(running.Plan))
        {
            throw PlansErrors.Downgrade(running.Plan, target, running.Ends);
        }

        var extraDays = ConvertedDays(running.Ends - now, running.Plan.PricePerYear!.Value, target.PricePerYear!.Value);
        return new PurchasePlan(PurchaseKind.Upgrade, now, term.EndFrom(now).AddDays(extraDays), extraDays, running.Plan);
    }

    /// <summary>Remaining days × old daily price ÷ new daily price, to the nearest whole day (half a day or more counts).</summary>
    public static int ConvertedDays(TimeSpan remaining, decimal oldPricePerYear, decimal newPricePerYear)
    {
        if (remaining <= TimeSpan.Zero || oldPricePerYear <= 0 || newPricePerYear <= 0)
        {
            return 0;
        }

        var days = (decimal)remaining.TotalDays * oldPricePerYear / newPricePerYear;
        return (int)decimal.Round(days, 0, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The member's plan row as stored: the plan and when it runs out (null: it does not).</summary>
public sealed record CurrentPlan(string PlanId, DateTimeOffset? ExpiresAt)
{
    public static readonly CurrentPlan None = new("", null);
}

/// <summary>What a purchase would do: its kind, the new plan's start and end, and the days converted from the old plan.</summary>
public sealed record PurchasePlan(PurchaseKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int ConvertedDays, PlanDefinition? From);
