using Yunpan.Desk.Seeds;

namespace Yunpan.Desk.Phrases;

/// <summary>The seeds' standard phrases (Seeds/phrases.tsv) as rows to import.</summary>
internal static class PhraseSeed
{
    public static IEnumerable<StandardPhrase> Rows(DateTimeOffset now) =>
        SeedReader.Rows("phrases.tsv").Select(columns => new StandardPhrase
        {
            Id = Guid.CreateVersion7(),
            Situation = WireNames.TryParse<PhraseSituation>(columns[0], out var situation)
                ? situation
                : throw new InvalidOperationException($"Unknown situation '{columns[0]}' in phrases.tsv."),
            Title = columns[1],
            Text = columns[2],
            UpdatedAt = now,
        });
}
