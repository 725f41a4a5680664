using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Tests.Rewards;

public sealed class RewardRulesTests
{
    private const long Minimum = 8L << 20;

    [Fact]
    public void A_check_in_never_gives_less_than_the_minimum()
    {
        Assert.Equal(Minimum, CheckInDraw.Bytes(1.0, Minimum, 2.5));
        foreach (var u in new[] { 0.999, 0.5, 0.1, 1e-3, 1e-9 })
        {
            Assert.True(CheckInDraw.Bytes(u, Minimum, 2.5) >= Minimum);
        }
    }

    [Fact]
    public void The_check_in_draw_has_a_long_tail()
    {
        // Median: minimum × 2^(1/2.5) ≈ 1.32 × minimum; one draw in 10^2.5 gives ten times the minimum or more.
        Assert.Equal(Minimum * 1.3195, CheckInDraw.Bytes(0.5, Minimum, 2.5), Minimum * 0.001);
        Assert.Equal(10 * Minimum, CheckInDraw.Bytes(Math.Pow(10, -2.5), Minimum, 2.5), Minimum * 0.001);
        Assert.True(CheckInDraw.Bytes(1e-12, Minimum, 2.5) > 1000 * Minimum);
        Assert.Equal(long.MaxValue, CheckInDraw.Bytes(double.Epsilon, Minimum, 1.01));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void The_draw_refuses_values_outside_its_range(double u) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckInDraw.Bytes(u, Minimum, 2.5));

    [Fact]
    public void Days_are_counted_in_the_reward_time_zone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal(new DateOnly(2026, 11, 23), PlansCalendar.DayOf(new DateTimeOffset(2026, 11, 23, 15, 59, 59, TimeSpan.Zero), shanghai));
        Assert.Equal(new DateOnly(2026, 11, 24), PlansCalendar.DayOf(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), shanghai));
        Assert.Equal(new DateOnly(2026, 11, 23), PlansCalendar.DayOf(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_next_redemption_is_a_year_after_the_last()
    {
        var first = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var second = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Null(RedeemPoints.NextAllowed([], 365));
        Assert.Equal(second.AddDays(365), RedeemPoints.NextAllowed([second, first], 365));
    }

    [Fact]
    public void The_default_starter_tasks_make_34_GB_in_15_desktop_and_19_mobile()
    {
        var options = new RewardsOptions();
        var setup = new RewardsOptionsSetup();
        setup.PostConfigure(null, options);
        Assert.True(setup.Validate(null, options).Succeeded);
        Assert.Equal(15L << 30, options.Tasks.Where(t => t.Group == "desktop").Sum(t => t.Bytes));
        Assert.Equal(19L << 30, options.Tasks.Where(t => t.Group == "mobile").Sum(t => t.Bytes));
        Assert.All(options.Tasks, t => Assert.Contains(t.Id, StarterTaskIds.All));
    }

    [Fact]
    public void Unknown_tasks_are_refused_at_start()
    {
        var options = new RewardsOptions { Tasks = [new() { Id = "climb-everest", Bytes = 1 }, new() { Id = "first-upload", Bytes = -1 }] };
        var result = new RewardsOptionsSetup().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("climb-everest", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("negative", result.FailureMessage, StringComparison.Ordinal);
    }
}
