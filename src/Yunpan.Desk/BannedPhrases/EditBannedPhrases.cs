using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.BannedPhrases;

/// <summary>K-8: supervisors, managers and administrators keep the list; every change moves the list version on.</summary>
internal sealed class EditBannedPhrases(DbContext db, TimeProvider clock)
{
    public async Task<BannedPhrase> AddAsync(Guid editor, string phrase, string category, string suggestion, CancellationToken cancellationToken)
    {
        var row = new BannedPhrase { Id = Guid.CreateVersion7(), Phrase = "", Normalized = "", Suggestion = "" };
        await ApplyAsync(row, editor, phrase, category, suggestion, cancellationToken);
        db.Add(row);
        await SaveAsync(row, cancellationToken);
        return row;
    }

    public async Task<BannedPhrase> ChangeAsync(Guid editor, Guid id, string phrase, string category, string suggestion, CancellationToken cancellationToken)
    {
        var row = await db.Set<BannedPhrase>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("banned phrase");
        await ApplyAsync(row, editor, phrase, category, suggestion, cancellationToken);
        await SaveAsync(row, cancellationToken);
        return row;
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<BannedPhrase>().Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw DeskErrors.NotFound("banned phrase");
        }

        await BannedPhraseIndex.BumpAsync(db, cancellationToken);
    }

    private async Task ApplyAsync(BannedPhrase row, Guid editor, string phrase, string category, string suggestion, CancellationToken cancellationToken)
    {
        phrase = phrase?.Trim() ?? "";
        suggestion = suggestion?.Trim() ?? "";
        var normalized = TextNormalizer.Phrase(phrase);
        if (normalized.Length == 0 || phrase.Length > 200)
        {
            throw DeskErrors.Invalid("Give a phrase of 1 to 200 characters with at least one letter, digit or Chinese character.");
        }

        if (!BannedPhraseCategories.TryParse(category, out var parsed))
        {
            throw DeskErrors.Invalid($"Category must be one of: {string.Join(", ", BannedPhraseCategories.All)}.");
        }

        if (suggestion.Length is 0 or > 500)
        {
            throw DeskErrors.Invalid("Give the standard phrase to suggest instead (1 to 500 characters).");
        }

        if (await db.Set<BannedPhrase>().AnyAsync(p => p.Normalized == normalized && p.Id != row.Id, cancellationToken))
        {
            throw DeskErrors.BannedPhraseExists(phrase);
        }

        row.Phrase = phrase;
        row.Normalized = normalized;
        row.Category = parsed;
        row.Suggestion = suggestion;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = editor;
    }

    private async Task SaveAsync(BannedPhrase row, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors adding the same phrase at once: the unique index keeps one.
            throw DeskErrors.BannedPhraseExists(row.Phrase);
        }

        await BannedPhraseIndex.BumpAsync(db, cancellationToken);
    }
}
