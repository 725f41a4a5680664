using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Words;

/// <summary>The administrator's edits of the sensitive-word list (S-10). A word that normalizes to nothing (only
/// spaces or punctuation) or to one already listed is refused.</summary>
internal sealed class EditSensitiveWords(DbContext db, TimeProvider clock)
{
    public async Task<SensitiveWordList> ListAsync(CancellationToken cancellationToken) =>
        new(await db.Set<SensitiveWord>().AsNoTracking().OrderBy(w => w.Normalized)
            .Select(w => new SensitiveWordDto(w.Id, w.Word, w.CreatedAt)).ToListAsync(cancellationToken));

    public async Task<SensitiveWordDto> AddAsync(string? word, CancellationToken cancellationToken)
    {
        var text = word?.Trim() ?? "";
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || text.Length > 100)
        {
            throw SharingErrors.Validation("A sensitive word has 1 to 100 characters, not only spaces or punctuation.");
        }

        if (await db.Set<SensitiveWord>().AnyAsync(w => w.Normalized == normalized, cancellationToken))
        {
            throw SharingErrors.WordListed(text);
        }

        var entry = new SensitiveWord { Id = Guid.CreateVersion7(clock.GetUtcNow()), Word = text, Normalized = normalized, CreatedAt = clock.GetUtcNow() };
        db.Set<SensitiveWord>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new SensitiveWordDto(entry.Id, entry.Word, entry.CreatedAt);
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<SensitiveWord>().Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw SharingErrors.WordNotFound();
        }
    }
}
