namespace Yunpan.Plans;

/// <summary>
/// A calendar month in the installation's time zone (<see cref="PlansOptions.TimeZone"/>): the instants it starts and
/// ends, and its number yyyyMM. Everything counted "per month" (invoices, business-link traffic, a link's downloads)
/// uses these months, so that in Asia/Shanghai a month starts at midnight on the 1st, not at 08:00.
/// </summary>
public readonly record struct BillingMonth(DateTimeOffset Start, DateTimeOffset End, int Key)
{
    public static BillingMonth Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var day = PlansCalendar.DayOf(instant, zone);
        var first = new DateOnly(day.Year, day.Month, 1);
        return new BillingMonth(PlansCalendar.StartOf(first, zone), PlansCalendar.StartOf(first.AddMonths(1), zone), (day.Year * 100) + day.Month);
    }
}
