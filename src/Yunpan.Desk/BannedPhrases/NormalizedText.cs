namespace Yunpan.Desk.BannedPhrases;

/// <summary>
/// Text reduced to what a phrase is made of (see <see cref="TextNormalizer"/>), with, for every kept character, its
/// index in the original text, so a match found in the normalized text can be marked in what the agent typed.
/// </summary>
internal sealed class NormalizedText(string text, int[] origins)
{
    public string Text { get; } = text;

    /// <summary>Where the i-th normalized character came from in the original text.</summary>
    public ReadOnlySpan<int> Origins => origins;

    /// <summary>The original span (start, length) that normalized characters [start, start + length) came from.</summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        var first = origins[start];
        var last = origins[start + length - 1];
        return (first, last - first + 1);
    }
}
