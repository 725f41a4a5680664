using System.ComponentModel.DataAnnotations;

namespace Yunpan.Desk.Help;

/// <summary>Configuration section <c>Desk:Help</c>: how many public help-centre requests a client address may make.</summary>
public sealed class HelpOptions
{
    /// <summary>Pages and API calls of the public help centre allowed per client address within <see cref="Window"/>.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
