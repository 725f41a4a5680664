using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;

namespace Yunpan.Desk.Help;

/// <summary>A section of the help centre's front page: a category and its articles by title.</summary>
internal sealed record HelpSection(string Category, IReadOnlyList<HelpArticleSummaryDto> Articles);

/// <summary>K-11: the help centre's front page: every article of a language, in the sections of <see cref="HelpCategories"/>.</summary>
internal sealed class ListHelpByCategory(DbContext db)
{
    /// <summary>A knowledge base is hundreds of articles; the front page shows at most this many.</summary>
    public const int MaxArticles = 1000;

    public async Task<IReadOnlyList<HelpSection>> ExecuteAsync(string language, CancellationToken cancellationToken)
    {
        var articles = await db.Set<HelpArticle>().AsNoTracking().Where(a => a.Language == language).OrderBy(a => a.Title).Take(MaxArticles)
            .Select(a => new HelpArticleSummaryDto(a.Slug, a.Title, a.Summary, a.Language, a.Category)).ToListAsync(cancellationToken);
        var byCategory = articles.ToLookup(a => HelpCategories.All.Contains(a.Category) ? a.Category : HelpCategories.Other);
        return [.. HelpCategories.All.Where(byCategory.Contains).Select(c => new HelpSection(c, [.. byCategory[c]]))];
    }
}
