using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Pages;

namespace Yunpan.Desk.Help;

/// <summary>K-11: the help centre in /sitemap.xml: its front page and every article, once per language.</summary>
internal sealed class HelpSitemap(DbContext db, HelpUrls urls) : ISitemapSource
{
    public async IAsyncEnumerable<string> UrlsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var language in HelpLanguages.All)
        {
            yield return urls.Absolute(HelpUrls.With(HelpUrls.Index, language));
        }

        var articles = db.Set<HelpArticle>().AsNoTracking().OrderBy(a => a.Slug).ThenBy(a => a.Language)
            .Select(a => new { a.Slug, a.Language }).Take(SitemapEndpoint.MaxUrls).AsAsyncEnumerable();
        await foreach (var a in articles.WithCancellation(cancellationToken))
        {
            yield return urls.Absolute(HelpUrls.With(HelpUrls.Article(a.Slug), a.Language));
        }
    }
}
