using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.BannedPhrases;

/// <summary>K-8: finds the banned phrases in a message, however disguised, and refuses a message that has one.</summary>
internal sealed class CheckText(DbContext db, BannedPhraseIndex index)
{
    /// <summary>The phrases found, left to right; where two overlap, the longer one that starts first.</summary>
    public async Task<IReadOnlyList<BannedPhraseHit>> FindAsync(string text, CancellationToken cancellationToken)
    {
        var matcher = await index.MatcherAsync(db, cancellationToken);
        return Find(matcher, text);
    }

    /// <summary>Throws <c>banned_phrase</c> (422) with the first phrase found, its span and the suggested wording.</summary>
    public async Task EnsureCleanAsync(string text, CancellationToken cancellationToken)
    {
        var hits = await FindAsync(text, cancellationToken);
        if (hits.Count > 0)
        {
            throw DeskErrors.BannedPhrase(hits);
        }
    }

    internal static List<BannedPhraseHit> Find(PhraseMatcher<BannedPhraseEntry> matcher, string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var matches = matcher.FindAll(normalized.Text);
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var hits = new List<BannedPhraseHit>();
        var covered = 0;
        foreach (var match in matches)
        {
            if (match.Start < covered)
            {
                continue;
            }

            var (start, length) = normalized.OriginalSpan(match.Start, match.Length);
            hits.Add(new BannedPhraseHit(match.Value, start, length, text.Substring(start, length)));
            covered = match.Start + match.Length;
        }

        return hits;
    }
}
