namespace Yunpan.Plans.Tests;

/// <summary>Months counted per month (traffic, invoices, a link's downloads) start at local midnight on the 1st.</summary>
public sealed class BillingMonthTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void A_month_in_shanghai_starts_at_local_midnight_on_the_first()
    {
        // 30 November 16:30 UTC is 1 December 00:30 in Shanghai.
        var month = BillingMonth.Of(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero), Shanghai);

        Assert.Equal(202612, month.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), month.Start);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), month.End);
    }

    [Fact]
    public void The_last_instant_before_local_midnight_is_still_the_old_month()
    {
        var month = BillingMonth.Of(new DateTimeOffset(2026, 11, 30, 15, 59, 59, TimeSpan.Zero), Shanghai);

        Assert.Equal(202611, month.Key);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), month.Start);
    }

    [Fact]
    public void December_ends_where_the_next_year_begins()
    {
        var month = BillingMonth.Of(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(202612, month.Key);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), month.End);
    }
}
