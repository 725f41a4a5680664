namespace Yunpan.Plans.Rewards;

/// <summary>One starter task: its id (one of <see cref="StarterTaskIds"/>), its group ("desktop" or "mobile") and
/// the permanent capacity it grants once done.</summary>
public sealed class StarterTask
{
    public string Id { get; set; } = "";

    public string Group { get; set; } = "";

    public long Bytes { get; set; }
}
