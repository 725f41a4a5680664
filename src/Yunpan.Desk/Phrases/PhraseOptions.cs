namespace Yunpan.Desk.Phrases;

/// <summary>Configuration section <c>Desk:Phrases</c>: when the greeting is "早上好" (seed 000 §2: 08:30–12:00, desk time).</summary>
public sealed class PhraseOptions
{
    public TimeOnly MorningStart { get; set; } = new(8, 30);

    public TimeOnly MorningEnd { get; set; } = new(12, 0);
}
