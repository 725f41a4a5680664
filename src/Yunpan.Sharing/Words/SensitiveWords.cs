using Microsoft.EntityFrameworkCore;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Words;

/// <summary>The publishing check of S-10: a title, description or business link's promotion text holding a listed
/// word is refused, naming it.</summary>
internal sealed class SensitiveWords(DbContext db)
{
    public async Task EnsureCleanAsync(string? title, string? description, string? promotion, CancellationToken cancellationToken)
    {
        if (title is null && description is null && promotion is null)
        {
            return;
        }

        var words = await db.Set<SensitiveWord>().AsNoTracking().Select(w => new { w.Word, w.Normalized }).ToListAsync(cancellationToken);
        var fields = new[] { ("title", title), ("description", description), ("promotion", promotion) };
        foreach (var (field, text) in fields)
        {
            if (text is null)
            {
                continue;
            }

            var normalized = TextNormalizer.Normalize(text);
            var found = words.Where(w => w.Normalized.Length > 0 && normalized.Contains(w.Normalized, StringComparison.Ordinal)).Select(w => w.Word).ToList();
            if (found.Count > 0)
            {
                throw SharingErrors.SensitiveWords(field, found);
            }
        }
    }
}
