using Microsoft.Extensions.Options;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Tests.Orders;

public sealed class PurchaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly PlanCatalog Catalog = new(Options.Create(new PlansOptions
    {
        DefaultPlan = "standard",
        Catalog =
        [
            Plan("standard", null),
            Plan("cooperative", null),
            Plan("vip98", 98m, 10m),
            Plan("vip198", 198m, 20m),
            Plan("supreme", 398m, 40m),
        ],
    }));

    private static PlanDefinition Plan(string id, decimal? year, decimal? month = null) =>
        new() { Id = id, Name = id, Capacity = 1, MaxUpload = 1, MaxShared = 1, PricePerYear = year, PricePerMonth = month };

    private static PlanDefinition P(string id) => Catalog.Find(id)!;

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // month lengths: the end clamps to the last day
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-01-15", 12, "2027-01-15")]
    [InlineData("2026-12-31", 2, "2027-02-28")]
    public void Months_are_calendar_months(string start, int months, string end)
    {
        var term = new PlanTerm(BillingUnit.Month, months);
        Assert.Equal(DateTimeOffset.Parse(end + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            term.EndFrom(DateTimeOffset.Parse(start + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2028-02-29", 1, "2029-02-28")] // leap day + 1 year
    [InlineData("2028-02-29", 4, "2032-02-29")]
    [InlineData("2026-11-23", 3, "2029-11-23")]
    public void Years_are_calendar_years(string start, int years, string end)
    {
        var term = new PlanTerm(BillingUnit.Year, years);
        Assert.Equal(DateTimeOffset.Parse(end + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            term.EndFrom(DateTimeOffset.Parse(start + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(BillingUnit.Month, 0, false)]
    [InlineData(BillingUnit.Month, 1, true)]
    [InlineData(BillingUnit.Month, 36, true)]
    [InlineData(BillingUnit.Month, 37, false)]
    [InlineData(BillingUnit.Year, 10, true)]
    [InlineData(BillingUnit.Year, 11, false)]
    [InlineData(BillingUnit.Year, -1, false)]
    public void Terms_have_limits(BillingUnit unit, int quantity, bool valid) =>
        Assert.Equal(valid, new PlanTerm(unit, quantity).IsValid);

    [Fact]
    public void Prices_are_whole_fen_times_the_quantity()
    {
        Assert.Equal(9800, new PlanTerm(BillingUnit.Year, 1).PriceOf(P("vip98")));
        Assert.Equal(3 * 2000, new PlanTerm(BillingUnit.Month, 3).PriceOf(P("vip198")));
        Assert.Null(new PlanTerm(BillingUnit.Year, 1).PriceOf(P("cooperative")));
    }

    [Theory]
    [InlineData(100, 98, 198, 49)]      // 100 × 98 / 198 = 49.49 → 49
    [InlineData(365, 98, 198, 181)]     // 180.66 → 181
    [InlineData(1, 198, 98, 2)]         // 2.02 → 2
    [InlineData(0.5, 98, 98, 1)]        // half a day counts
    [InlineData(0.49, 98, 98, 0)]
    [InlineData(0, 98, 198, 0)]
    [InlineData(-3, 98, 198, 0)]
    public void Remaining_value_converts_to_days_of_the_new_plan(double remainingDays, int oldPrice, int newPrice, int expected) =>
        Assert.Equal(expected, PurchaseRules.ConvertedDays(TimeSpan.FromDays(remainingDays), oldPrice, newPrice));

    [Fact]
    public void Without_a_running_paid_plan_the_term_starts_now()
    {
        var plan = PurchaseRules.Decide(Catalog, CurrentPlan.None, P("vip98"), new PlanTerm(BillingUnit.Year, 1), Now);
        Assert.Equal((PurchaseKind.New, Now, Now.AddYears(1), 0), (plan.Kind, plan.StartsAt, plan.EndsAt, plan.ConvertedDays));
    }

    [Fact]
    public void An_expired_plan_counts_as_none()
    {
        var plan = PurchaseRules.Decide(Catalog, new CurrentPlan("vip198", Now.AddSeconds(-1)), P("vip98"), new PlanTerm(BillingUnit.Month, 1), Now);
        Assert.Equal(PurchaseKind.New, plan.Kind);
    }

    [Fact]
    public void The_same_plan_again_follows_the_running_term()
    {
        var ends = Now.AddDays(40);
        var plan = PurchaseRules.Decide(Catalog, new CurrentPlan("vip98", ends), P("VIP98"), new PlanTerm(BillingUnit.Month, 2), Now);
        Assert.Equal((PurchaseKind.Renewal, ends, ends.AddMonths(2)), (plan.Kind, plan.StartsAt, plan.EndsAt));
    }

    [Fact]
    public void A_higher_plan_starts_now_with_the_old_plans_value_as_extra_days()
    {
        var plan = PurchaseRules.Decide(Catalog, new CurrentPlan("vip98", Now.AddDays(200)), P("vip198"), new PlanTerm(BillingUnit.Year, 1), Now);
        Assert.Equal(PurchaseKind.Upgrade, plan.Kind);
        Assert.Equal(99, plan.ConvertedDays); // 200 × 98 / 198 = 98.99
        Assert.Equal(Now, plan.StartsAt);
        Assert.Equal(Now.AddYears(1).AddDays(99), plan.EndsAt);
        Assert.Equal("vip98", plan.From?.Id);
    }

    [Fact]
    public void A_lower_plan_while_a_higher_one_runs_is_refused_with_the_reason()
    {
        var e = Assert.Throws<DomainException>(() =>
            PurchaseRules.Decide(Catalog, new CurrentPlan("vip198", Now.AddDays(10)), P("vip98"), new PlanTerm(BillingUnit.Year, 1), Now));
        Assert.Equal(ErrorCodes.PlanDowngrade, e.Code);
        Assert.Equal(409, e.Status);
        Assert.Contains("VIP198".ToLowerInvariant(), e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_free_granted_plan_does_not_block_buying_any_paid_plan()
    {
        var plan = PurchaseRules.Decide(Catalog, new CurrentPlan("cooperative", null), P("vip98"), new PlanTerm(BillingUnit.Year, 1), Now);
        Assert.Equal(PurchaseKind.New, plan.Kind);
    }
}
