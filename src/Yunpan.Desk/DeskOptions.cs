namespace Yunpan.Desk;

/// <summary>Configuration section <c>Desk</c>: the service desk's rules (SPEC K-*); every figure is configurable.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    public Clocks.BusinessHoursOptions BusinessHours { get; set; } = new();

    public Clocks.SlaOptions Sla { get; set; } = new();

    public Phrases.PhraseOptions Phrases { get; set; } = new();

    [System.ComponentModel.DataAnnotations.Required]
    public Help.HelpOptions Help { get; set; } = new();

    /// <summary>How often the clocks are swept for warnings and breaches.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
