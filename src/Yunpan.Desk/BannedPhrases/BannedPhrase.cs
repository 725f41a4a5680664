namespace Yunpan.Desk.BannedPhrases;

/// <summary>K-8: a phrase agents must not send, editable by supervisors, with the standard phrase to use instead.</summary>
internal sealed class BannedPhrase
{
    public Guid Id { get; init; }

    /// <summary>As entered (kept in the script it was written in; matching uses <see cref="Normalized"/>).</summary>
    public required string Phrase { get; set; }

    /// <summary><see cref="TextNormalizer.Phrase"/> of <see cref="Phrase"/>: unique, so one phrase is listed once.</summary>
    public required string Normalized { get; set; }

    public BannedPhraseCategory Category { get; set; }

    public required string Suggestion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member who last changed it; null for the seed import.</summary>
    public Guid? UpdatedBy { get; set; }
}
