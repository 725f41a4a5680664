using Yunpan.Desk.Seeds;

namespace Yunpan.Desk.BannedPhrases;

/// <summary>The seeds' banned phrases (Seeds/banned-phrases.tsv) as rows to import.</summary>
internal static class BannedPhraseSeed
{
    public static IEnumerable<BannedPhrase> Rows(DateTimeOffset now) =>
        SeedReader.Rows("banned-phrases.tsv").Select(columns => new BannedPhrase
        {
            Id = Guid.CreateVersion7(),
            Category = BannedPhraseCategories.TryParse(columns[0], out var category)
                ? category
                : throw new InvalidOperationException($"Unknown category '{columns[0]}' in banned-phrases.tsv."),
            Phrase = columns[1],
            Normalized = TextNormalizer.Phrase(columns[1]),
            Suggestion = columns[2],
            UpdatedAt = now,
        });
}
