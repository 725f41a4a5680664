using Yunpan.Plans.Catalog;

namespace Yunpan.Plans.Orders;

/// <summary>n months or n years of a plan: its price and where it ends from a given start.</summary>
public sealed record PlanTerm(BillingUnit Unit, int Quantity)
{
    public const int MaxMonths = 36;
    public const int MaxYears = 10;

    public bool IsValid => Quantity >= 1 && Quantity <= (Unit == BillingUnit.Month ? MaxMonths : MaxYears);

    /// <summary>Calendar months and years: 31 January + 1 month is the last day of February, 29 February + 1 year is
    /// 28 February.</summary>
    public DateTimeOffset EndFrom(DateTimeOffset start) =>
        Unit == BillingUnit.Month ? start.AddMonths(Quantity) : start.AddYears(Quantity);

    /// <summary>The price in fen (0.01 yuan), or null when the plan is not sold by this unit.</summary>
    public long? PriceOf(PlanDefinition plan)
    {
        var unitPrice = Unit == BillingUnit.Month ? plan.PricePerMonth : plan.PricePerYear;
        return unitPrice is { } price ? Money.ToFen(price) * Quantity : null;
    }
}
