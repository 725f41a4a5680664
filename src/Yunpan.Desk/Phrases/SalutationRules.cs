using Microsoft.Extensions.Options;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Phrases;

/// <summary>
/// K-7 (seed 000 §2): "早上好" in the morning window, otherwise "您好"; "周末好" on weekends and "节日好" on the
/// desk's holidays, with the matching closing. The calendar is the SLA clocks' own, so one holiday list serves both;
/// a make-up working day (调休) is an ordinary day.
/// </summary>
internal sealed class SalutationRules(BusinessCalendar calendar, IOptions<DeskOptions> options, TimeProvider clock)
{
    public const string Morning = "早上好";
    public const string Plain = "您好";
    public const string Weekend = "周末好";
    public const string Holiday = "节日好";
    public const string EverydayClosing = "祝您生活愉快！";
    public const string WeekendClosing = "祝您周末愉快！";
    public const string HolidayClosing = "祝您节日愉快！";

    public Salutation Now() => At(clock.GetUtcNow());

    public Salutation At(DateTimeOffset moment)
    {
        var local = calendar.LocalTime(moment);
        var day = DateOnly.FromDateTime(local);
        if (calendar.IsHoliday(day))
        {
            return new Salutation(Holiday, HolidayClosing);
        }

        if (calendar.IsWeekend(day))
        {
            return new Salutation(Weekend, WeekendClosing);
        }

        var time = TimeOnly.FromDateTime(local);
        var phrases = options.Value.Phrases;
        return new Salutation(time >= phrases.MorningStart && time < phrases.MorningEnd ? Morning : Plain, EverydayClosing);
    }
}
