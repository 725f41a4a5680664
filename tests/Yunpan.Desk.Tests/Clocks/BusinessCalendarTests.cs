using Microsoft.Extensions.Options;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Tests.Clocks;

/// <summary>K-5's calendar: 08:30–17:30 Beijing time, Monday to Friday, holidays and make-up working days.</summary>
public sealed class BusinessCalendarTests
{
    // 2026-11-23 is a Monday. Beijing is UTC+8 all year.
    private static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    internal static BusinessCalendar Calendar(Action<BusinessHoursOptions>? configure = null)
    {
        var options = new DeskOptions();
        configure?.Invoke(options.BusinessHours);
        return new BusinessCalendar(Options.Create(options));
    }

    [Fact]
    public void Counts_within_a_working_day()
    {
        Assert.Equal(Beijing(11, 23, 12), Calendar().Add(Beijing(11, 23, 10), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Carries_over_the_night()
    {
        // 16:30 + 2 h: one hour today, one hour from 08:30 tomorrow.
        Assert.Equal(Beijing(11, 24, 9, 30), Calendar().Add(Beijing(11, 23, 16, 30), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Starts_counting_at_opening_when_received_at_night()
    {
        Assert.Equal(Beijing(11, 24, 10, 30), Calendar().Add(Beijing(11, 23, 22), TimeSpan.FromHours(2)));
        Assert.Equal(Beijing(11, 24, 10, 30), Calendar().Add(Beijing(11, 24, 3), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Skips_the_weekend()
    {
        // Friday 17:00 + 2 h: half an hour on Friday, 1.5 h on Monday.
        Assert.Equal(Beijing(11, 30, 10), Calendar().Add(Beijing(11, 27, 17), TimeSpan.FromHours(2)));
        Assert.Equal(Beijing(11, 30, 10, 30), Calendar().Add(Beijing(11, 28, 11), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Skips_holidays_and_works_make_up_days()
    {
        var calendar = Calendar(h =>
        {
            h.Holidays = [new DateOnly(2026, 11, 30)];
            h.ExtraWorkdays = [new DateOnly(2026, 11, 28)];
        });
        // Friday 17:00 + 2 h: Saturday is worked, so it is due Saturday 10:00.
        Assert.Equal(Beijing(11, 28, 10), calendar.Add(Beijing(11, 27, 17), TimeSpan.FromHours(2)));
        // Saturday 17:00 + 2 h: Sunday off, Monday a holiday: Tuesday.
        Assert.Equal(Beijing(12, 1, 10), calendar.Add(Beijing(11, 28, 17), TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData(2, 2026, 11, 23, 10, 30)] // service-quality complaint
    [InlineData(12, 2026, 11, 24, 11, 30)] // simple complaint: 9 h Monday, 3 h Tuesday
    [InlineData(24, 2026, 11, 25, 14, 30)] // business-processing / complex complaint: 9 + 9 + 6
    public void Seed_limits_from_a_Monday_morning(int hours, int year, int month, int day, int hour, int minute)
    {
        var due = Calendar().Add(Beijing(11, 23, 8, 30), TimeSpan.FromHours(hours));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)), due);
    }

    [Fact]
    public void Measures_working_time_between_two_moments()
    {
        var calendar = Calendar();
        Assert.Equal(TimeSpan.FromHours(2), calendar.Between(Beijing(11, 27, 17), Beijing(11, 30, 10)));
        Assert.Equal(TimeSpan.Zero, calendar.Between(Beijing(11, 28, 9), Beijing(11, 29, 18)));
        Assert.Equal(TimeSpan.Zero, calendar.Between(Beijing(11, 30, 10), Beijing(11, 27, 17)));
    }

    [Fact]
    public void Adding_and_measuring_agree()
    {
        var calendar = Calendar(h => h.Holidays = [new DateOnly(2026, 12, 1)]);
        var start = Beijing(11, 26, 13, 17);
        foreach (var hours in new[] { 0.5, 2, 9, 12, 24, 40 })
        {
            var due = calendar.Add(start, TimeSpan.FromHours(hours));
            Assert.Equal(TimeSpan.FromHours(hours), calendar.Between(start, due));
        }
    }
}
