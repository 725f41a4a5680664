using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Tests.Clocks;

/// <summary>K-5's escalation chain in working time: callback 2 h after escalation, the managers' reply 2 h after receipt.</summary>
public sealed class EscalationChainTests
{
    private static readonly SlaOptions Sla = new();

    private static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    // Monday 10:00: callback at 12:00, report received then, reply due 14:00.
    [InlineData(11, 23, 10, 0, 11, 23, 12, 0, 11, 23, 14, 0)]
    // Monday 16:30: one hour tonight, one tomorrow morning; the reply runs on into Tuesday.
    [InlineData(11, 23, 16, 30, 11, 24, 9, 30, 11, 24, 11, 30)]
    // Friday 17:00: half an hour on Friday, the rest after the weekend.
    [InlineData(11, 27, 17, 0, 11, 30, 10, 0, 11, 30, 12, 0)]
    // Saturday night: nothing counts until Monday 08:30.
    [InlineData(11, 28, 22, 0, 11, 30, 10, 30, 11, 30, 12, 30)]
    public void Callback_then_manager_reply(int m, int d, int h, int min, int cm, int cd, int ch, int cmin, int rm, int rd, int rh, int rmin)
    {
        var calendar = BusinessCalendarTests.Calendar();
        var callback = calendar.Add(Beijing(m, d, h, min), Sla.EscalatedCallback);
        Assert.Equal(Beijing(cm, cd, ch, cmin), callback);
        Assert.Equal(Beijing(rm, rd, rh, rmin), calendar.Add(callback, Sla.ManagerReply));
    }

    [Fact]
    public void A_holiday_and_its_make_up_day_move_the_chain()
    {
        var calendar = BusinessCalendarTests.Calendar(h =>
        {
            h.Holidays = [new DateOnly(2026, 11, 30)];
            h.ExtraWorkdays = [new DateOnly(2026, 11, 29)];
        });

        // Friday 17:00: Saturday off, Sunday worked (调休), Monday a holiday.
        var callback = calendar.Add(Beijing(11, 27, 17), Sla.EscalatedCallback);
        Assert.Equal(Beijing(11, 29, 10), callback);
        // A report received at Sunday 16:30 is answered by Tuesday 09:30.
        Assert.Equal(Beijing(12, 1, 9, 30), calendar.Add(Beijing(11, 29, 16, 30), Sla.ManagerReply));
    }
}
