namespace Yunpan.Desk.Clocks;

/// <summary>Configuration section <c>Desk:BusinessHours</c>: the calendar SLA clocks count in (K-5).</summary>
public sealed class BusinessHoursOptions
{
    /// <summary>IANA time zone of the desk.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly Start { get; set; } = new(8, 30);

    public TimeOnly End { get; set; } = new(17, 30);

    public List<DayOfWeek> WorkDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Public holidays (no working hours).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days worked to make up for a holiday (调休).</summary>
    public List<DateOnly> ExtraWorkdays { get; set; } = [];
}
