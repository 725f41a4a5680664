using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.Help;

/// <summary>An article in the reader's language, and which languages it is written in.</summary>
internal sealed record HelpArticleRead(HelpArticle Article, IReadOnlyList<string> Languages);

/// <summary>
/// K-11: one article by its slug. A link names the problem; when the reader's language has no translation, the other
/// one still helps.
/// </summary>
internal sealed class ReadHelpArticle(DbContext db)
{
    public async Task<HelpArticleRead?> ExecuteAsync(string slug, string language, CancellationToken cancellationToken)
    {
        var found = await db.Set<HelpArticle>().AsNoTracking().Where(a => a.Slug == slug).ToListAsync(cancellationToken);
        var article = found.FirstOrDefault(a => a.Language == language) ?? found.FirstOrDefault();
        return article is null ? null : new HelpArticleRead(article, [.. found.Select(a => a.Language).Order(StringComparer.Ordinal)]);
    }
}
