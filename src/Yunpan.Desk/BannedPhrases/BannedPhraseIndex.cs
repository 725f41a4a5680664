using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.BannedPhrases;

/// <summary>What a match reports about the phrase it found.</summary>
internal sealed record BannedPhraseEntry(Guid Id, string Phrase, BannedPhraseCategory Category, string Suggestion);

/// <summary>
/// The matcher for the current list, built once per list version and shared; a check costs one tiny query (the
/// version) and one pass over the message.
/// </summary>
internal sealed class BannedPhraseIndex : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Built? _current;

    public async Task<PhraseMatcher<BannedPhraseEntry>> MatcherAsync(DbContext db, CancellationToken cancellationToken)
    {
        var version = await CurrentVersionAsync(db, cancellationToken);
        if (_current is { } built && built.Version == version)
        {
            return built.Matcher;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } other && other.Version == version)
            {
                return other.Matcher;
            }

            var phrases = await db.Set<BannedPhrase>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var matcher = new PhraseMatcher<BannedPhraseEntry>(phrases.Select(p =>
                (p.Normalized, new BannedPhraseEntry(p.Id, p.Phrase, p.Category, p.Suggestion))));
            _current = new Built(version, matcher);
            return matcher;
        }
        finally
        {
            _building.Release();
        }
    }

    public static Task<long> CurrentVersionAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Set<BannedPhraseListVersion>().Where(v => v.Id == BannedPhraseListVersion.SingletonId).Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Marks the list changed. Called after the change is saved: a node that reads the old version in between builds
    /// from the new rows and rebuilds once more, but no node can keep a stale matcher under the new version.
    /// </summary>
    public static Task BumpAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Set<BannedPhraseListVersion>().Where(v => v.Id == BannedPhraseListVersion.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);

    public void Dispose() => _building.Dispose();

    private sealed record Built(long Version, PhraseMatcher<BannedPhraseEntry> Matcher);
}
