namespace Yunpan.Web.Tests.Infrastructure;

/// <summary>
/// A browser and a server whose desk works around the clock, every day, with the shortest escalation limit (1 minute)
/// and a sweeper that looks every second: an escalated complaint becomes an incident report while a test waits.
/// </summary>
public sealed class FastDeskClockBrowser() : Browser(Settings())
{
    private static Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Desk__BusinessHours__Start"] = "00:00:00",
            ["Desk__BusinessHours__End"] = "23:59:59",
            ["Desk__Sla__EscalatedCallback"] = "00:01:00",
            ["Desk__SweepInterval"] = "00:00:01",
        };
        var day = 0;
        foreach (var name in Enum.GetNames<DayOfWeek>())
        {
            settings[$"Desk__BusinessHours__WorkDays__{day++}"] = name;
        }

        return settings;
    }
}
