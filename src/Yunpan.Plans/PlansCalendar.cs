using System.Globalization;
using Microsoft.Extensions.Options;

namespace Yunpan.Plans;

/// <summary>"Once per day" (rewards) and "the month's requests" (invoices) count calendar days and months in the
/// installation's time zone (<see cref="PlansOptions.TimeZone"/>), not in UTC.</summary>
internal sealed class PlansCalendar(IOptions<PlansOptions> options, TimeProvider clock) : IBillingCalendar
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DayOf(clock.GetUtcNow(), Zone);

    /// <summary>Today as the key "once a day" rows are unique by (yyyy-MM-dd).</summary>
    public string TodayKey => DayKey(Today);

    public static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant a calendar day starts in the zone.</summary>
    public DateTimeOffset StartOf(DateOnly day) => StartOf(day, Zone);

    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public BillingMonth MonthOf(DateTimeOffset instant) => BillingMonth.Of(instant, Zone);
}
