using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Querying;

namespace Yunpan.Desk.Help;

/// <summary>
/// K-11: the help centre's list and search. Every word of <c>q</c> must appear in the title, summary, keywords or body
/// (LIKE, escaped); articles whose title has the first word come first. A knowledge base of hundreds of articles is
/// searched in the database in well under a millisecond each, so no separate full-text index is kept.
/// </summary>
internal sealed class SearchHelp(DbContext db)
{
    public const int PageSize = 20;

    public async Task<HelpArticleList> ExecuteAsync(string? q, int? page, string language, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        if (number is < 1 or > 10_000)
        {
            throw DeskErrors.Invalid("page must be from 1 to 10000.");
        }

        var query = db.Set<HelpArticle>().AsNoTracking().Where(a => a.Language == language);
        var words = Words(q);
        foreach (var word in words)
        {
            var pattern = LikePattern.Contains(word);
            query = query.Where(a => EF.Functions.Like(a.Title, pattern, LikePattern.Escape) || EF.Functions.Like(a.Summary, pattern, LikePattern.Escape)
                || EF.Functions.Like(a.Keywords, pattern, LikePattern.Escape) || EF.Functions.Like(a.Body, pattern, LikePattern.Escape));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = words.Count > 0
            ? query.OrderByDescending(a => EF.Functions.Like(a.Title, LikePattern.Contains(words[0]), LikePattern.Escape)).ThenBy(a => a.Title)
            : query.OrderBy(a => a.Title);
        var items = await ordered.Skip((number - 1) * PageSize).Take(PageSize)
            .Select(a => new HelpArticleSummaryDto(a.Slug, a.Title, a.Summary, a.Language, a.Category)).ToListAsync(cancellationToken);
        return new HelpArticleList(items, number, PageSize, total);
    }

    private static List<string> Words(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return [];
        }

        var text = DeskText.Required(q, "q", 200);
        if (!LikePattern.IsSearchable(text))
        {
            throw DeskErrors.Invalid("'q' cannot contain control characters.");
        }

        return [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(8)];
    }
}
