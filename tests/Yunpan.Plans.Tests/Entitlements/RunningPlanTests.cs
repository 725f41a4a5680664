using Microsoft.Extensions.Options;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Entitlements;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Tests.Entitlements;

/// <summary>P-6: the highest held plan still running counts; when it ends, the next one still running does.</summary>
public sealed class RunningPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static readonly PlanCatalog Catalog = new(Options.Create(new PlansOptions
    {
        DefaultPlan = "standard",
        Catalog = [Plan("standard"), Plan("cooperative"), Plan("vip98"), Plan("gold")],
    }));

    private static PlanDefinition Plan(string id) => new() { Id = id, Name = id };

    private static string? Choose(params CurrentPlan[] held) => RunningPlan.Choose(Catalog, held, Now)?.Plan.Id;

    [Fact]
    public void Nothing_held_or_nothing_running_means_no_plan_so_the_default_applies()
    {
        Assert.Null(Choose());
        Assert.Null(Choose(new CurrentPlan("vip98", Now), new CurrentPlan("cooperative", Now.AddSeconds(-1))));
    }

    [Fact]
    public void A_bought_plan_above_a_grant_counts_while_it_runs_and_the_grant_comes_back_after()
    {
        Assert.Equal("vip98", Choose(new CurrentPlan("cooperative", null), new CurrentPlan("vip98", Now.AddDays(30))));
        Assert.Equal("cooperative", Choose(new CurrentPlan("cooperative", null), new CurrentPlan("vip98", Now)));
    }

    [Fact]
    public void A_grant_above_a_bought_plan_counts_and_reports_its_own_end()
    {
        var chosen = RunningPlan.Choose(Catalog, [new CurrentPlan("vip98", Now.AddDays(30)), new CurrentPlan("gold", Now.AddDays(5))], Now);
        Assert.Equal(("gold", Now.AddDays(5)), (chosen?.Plan.Id, chosen?.ExpiresAt));
    }

    [Fact]
    public void Of_two_holdings_of_one_plan_the_longer_one_is_reported()
    {
        var chosen = RunningPlan.Choose(Catalog, [new CurrentPlan("vip98", Now.AddDays(3)), new CurrentPlan("vip98", null)], Now);
        Assert.Null(chosen?.ExpiresAt);
        Assert.Equal("vip98", chosen?.Plan.Id);
    }

    [Fact]
    public void A_plan_removed_from_the_catalog_is_ignored() =>
        Assert.Equal("cooperative", Choose(new CurrentPlan("old-vip", null), new CurrentPlan("cooperative", null)));
}
