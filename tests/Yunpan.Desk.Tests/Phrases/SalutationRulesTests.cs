using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Tests.Phrases;

/// <summary>K-7's greeting and closing on a fake clock, in desk time (Beijing, UTC+8); 2026-11-23 is a Monday.</summary>
public sealed class SalutationRulesTests
{
    private static readonly DateOnly NationalHoliday = new(2026, 11, 25);
    private static readonly DateOnly MakeUpSaturday = new(2026, 11, 28);

    private static Salutation At(int day, int hour, int minute = 0)
    {
        var options = new DeskOptions();
        options.BusinessHours.Holidays = [NationalHoliday];
        options.BusinessHours.ExtraWorkdays = [MakeUpSaturday];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8)));
        return new SalutationRules(new BusinessCalendar(Options.Create(options)), Options.Create(options), clock).Now();
    }

    [Theory]
    [InlineData(8, 30)]
    [InlineData(10, 0)]
    [InlineData(11, 59)]
    public void Mornings_from_half_past_eight_to_noon_are_good_mornings(int hour, int minute) =>
        Assert.Equal(new Salutation(SalutationRules.Morning, SalutationRules.EverydayClosing), At(23, hour, minute));

    [Theory]
    [InlineData(8, 29)]
    [InlineData(12, 0)]
    [InlineData(15, 0)]
    [InlineData(21, 30)]
    [InlineData(2, 0)]
    public void Before_and_after_the_morning_it_is_a_plain_greeting(int hour, int minute) =>
        Assert.Equal(SalutationRules.Plain, At(23, hour, minute).Greeting);

    [Fact]
    public void Weekends_say_weekend_all_day_and_wish_a_pleasant_weekend()
    {
        Assert.Equal(new Salutation(SalutationRules.Weekend, SalutationRules.WeekendClosing), At(29, 9));
        Assert.Equal(new Salutation(SalutationRules.Weekend, SalutationRules.WeekendClosing), At(29, 20));
    }

    [Fact]
    public void Holidays_from_the_calendar_say_holiday_even_in_the_morning()
    {
        Assert.Equal(new Salutation(SalutationRules.Holiday, SalutationRules.HolidayClosing), At(25, 9));
        Assert.Equal(new Salutation(SalutationRules.Holiday, SalutationRules.HolidayClosing), At(25, 15));
    }

    [Fact]
    public void A_make_up_working_Saturday_is_an_ordinary_day() =>
        Assert.Equal(new Salutation(SalutationRules.Morning, SalutationRules.EverydayClosing), At(28, 9));

    [Fact]
    public void The_day_is_the_desks_not_utc()
    {
        // Sunday 23:30 UTC is Monday 07:30 in Beijing: a working day, before the morning window.
        var options = new DeskOptions();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero));
        var rules = new SalutationRules(new BusinessCalendar(Options.Create(options)), Options.Create(options), clock);
        Assert.Equal(SalutationRules.Plain, rules.Now().Greeting);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(SalutationRules.Morning, rules.Now().Greeting);
    }
}
