using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Help;

/// <summary>
/// K-11: the articles that fit a ticket while the member types it. Tickets are sentences ("下载到99%就不动了"), not
/// search words, so the text is normalized the way the banned-phrase check does it (width, case, spacing, punctuation,
/// traditional characters) and each article scores by the keywords and title words it contains, longer (more specific)
/// ones counting more.
/// </summary>
internal sealed class SuggestArticles(DbContext db)
{
    public const int Count = 5;
    private const int MinimumText = 2;
    private const int MaxText = 4000;

    public async Task<HelpSuggestionList> ExecuteAsync(string? text, string language, CancellationToken cancellationToken)
    {
        var typed = DeskText.Optional(text, "text", MaxText);
        if (typed is null || typed.Length < MinimumText)
        {
            return new HelpSuggestionList([]);
        }

        var normalized = TextNormalizer.Phrase(typed);
        var articles = await db.Set<HelpArticle>().AsNoTracking().Where(a => a.Language == language)
            .Select(a => new { a.Slug, a.Title, a.Summary, a.Keywords, a.Language, a.Category }).ToListAsync(cancellationToken);
        var ranked = articles
            .Select(a => (Article: a, Score: Score(normalized, a.Keywords, a.Title)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Article.Slug, StringComparer.Ordinal)
            .Take(Count)
            .Select(r => new HelpArticleSummaryDto(r.Article.Slug, r.Article.Title, r.Article.Summary, r.Article.Language, r.Article.Category))
            .ToList();
        return new HelpSuggestionList(ranked);
    }

    /// <summary>Each distinct keyword found counts its length; the title counts as a keyword of its own.</summary>
    internal static int Score(string normalizedText, string keywords, string title) =>
        keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(title)
            .Select(TextNormalizer.Phrase)
            .Where(k => k.Length > 0)
            .Distinct()
            .Where(k => normalizedText.Contains(k, StringComparison.Ordinal))
            .Sum(k => k.Length);
}
