using Microsoft.Extensions.Options;

namespace Yunpan.Desk.Clocks;

/// <summary>
/// K-5: working hours, working days, holidays and make-up working days (调休) in the desk's time zone. SLA clocks
/// count only working time: a complaint received on Friday evening is due on Monday.
/// </summary>
internal sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;
    private readonly BusinessHoursOptions _hours;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public BusinessCalendar(IOptions<DeskOptions> options)
    {
        _hours = options.Value.BusinessHours;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_hours.TimeZone);
        _holidays = [.. _hours.Holidays];
        _workdays = [.. _hours.ExtraWorkdays];
    }

    public bool IsWorkday(DateOnly day) =>
        _workdays.Contains(day) || (_hours.WorkDays.Contains(day.DayOfWeek) && !_holidays.Contains(day));

    /// <summary>A configured public holiday (K-7 greets "节日好").</summary>
    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    /// <summary>A day off by the week's pattern that is not worked to make up for a holiday (K-7 greets "周末好").</summary>
    public bool IsWeekend(DateOnly day) => !_hours.WorkDays.Contains(day.DayOfWeek) && !_workdays.Contains(day);

    /// <summary>The wall-clock time at the desk.</summary>
    public DateTime LocalTime(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone).DateTime;

    /// <summary>The moment <paramref name="work"/> of working time after <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan work)
    {
        if (work <= TimeSpan.Zero)
        {
            return start;
        }

        var cursor = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        var remaining = work;
        for (var day = DateOnly.FromDateTime(cursor); ; day = day.AddDays(1))
        {
            var (open, close) = Hours(day);
            var from = cursor > open ? cursor : open;
            if (IsWorkday(day) && from < close)
            {
                if (remaining <= close - from)
                {
                    return ToUtc(from + remaining);
                }

                remaining -= close - from;
            }
        }
    }

    /// <summary>The working time between two moments (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var start = TimeZoneInfo.ConvertTime(from, _zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(to, _zone).DateTime;
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            var (open, close) = Hours(day);
            var a = start > open ? start : open;
            var b = end < close ? end : close;
            if (IsWorkday(day) && b > a)
            {
                total += b - a;
            }
        }

        return total;
    }

    private (DateTime Open, DateTime Close) Hours(DateOnly day) => (day.ToDateTime(_hours.Start), day.ToDateTime(_hours.End));

    private DateTimeOffset ToUtc(DateTime local) => new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);
}
