namespace Yunpan.Desk.Phrases;

/// <summary>
/// K-7: a standard reply for a situation, editable by supervisors. <see cref="Text"/> is a template: see
/// <see cref="PhraseTemplate"/> for the variables it may use.
/// </summary>
internal sealed class StandardPhrase
{
    public Guid Id { get; init; }

    public PhraseSituation Situation { get; set; }

    /// <summary>A short label for the agent's picker ("问候语").</summary>
    public required string Title { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it was taken out of the agents' picker; null while in use. Kept so that it can be restored.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>The staff member who last changed it; null for the seed import.</summary>
    public Guid? UpdatedBy { get; set; }
}
