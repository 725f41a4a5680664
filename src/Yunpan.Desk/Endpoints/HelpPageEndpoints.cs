using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Errors;
using Yunpan.Core.Pages;
using Yunpan.Desk.Help;
using Yunpan.Desk.Help.Pages;

namespace Yunpan.Desk.Endpoints;

/// <summary>
/// K-11, DESIGN §5/§6: the public help centre's pages. Plain server-rendered HTML for anyone — no WebAssembly to read
/// an answer, indexable, in the UI's language (or <c>?lang=</c>) — and limited per client address.
/// </summary>
internal static class HelpPageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(HelpUrls.Index).WithTags("Help centre pages").AllowAnonymous().RequireRateLimiting(HelpRateLimit.Policy);

        pages.MapMethods("", [HttpMethods.Get, HttpMethods.Head], IndexAsync)
            .WithName("HelpCentrePage")
            .WithSummary("The help centre (HTML): the articles by category, or with ?q= those containing every word (?page= from 1); ?lang=zh-CN|en.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests);

        pages.MapMethods("/{slug}", [HttpMethods.Get, HttpMethods.Head], ArticleAsync)
            .WithName("HelpArticlePage")
            .WithSummary("A help article (HTML), its Markdown rendered and sanitized; a 404 page for an unknown slug.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status404NotFound, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> IndexAsync(string? q, int? page, string? lang, HttpContext http, SearchHelp search, ListHelpByCategory list,
        HelpUrls urls, CancellationToken ct)
    {
        var text = new HelpPageText(HelpLanguages.ForPage(lang));
        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        HelpArticleList? results = null;
        var bad = false;
        if (query is not null)
        {
            try
            {
                results = await search.ExecuteAsync(query, page, text.Language, ct);
            }
            catch (DomainException e) when (e.Status == StatusCodes.Status400BadRequest)
            {
                bad = true;
            }
        }

        var sections = query is null ? await list.ExecuteAsync(text.Language, ct) : [];
        var translations = HelpLanguages.All.ToDictionary(l => l, l => urls.Absolute(HelpUrls.With(HelpUrls.Index, l)));
        var html = HelpPages.Index(text, new HelpIndexPage(translations[text.Language], translations, Explicit(lang), query, sections, results, bad));
        return Page(http, html, bad ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ArticleAsync(string slug, string? lang, HttpContext http, ReadHelpArticle read, MarkdownRenderer markdown,
        HelpUrls urls, CancellationToken ct)
    {
        var text = new HelpPageText(HelpLanguages.ForPage(lang));
        if (await read.ExecuteAsync(slug, text.Language, ct) is not { } found)
        {
            return HtmlPage.Result(http, HelpPages.NotFound(text), StatusCodes.Status404NotFound);
        }

        var path = HelpUrls.Article(found.Article.Slug);
        var translations = found.Languages.ToDictionary(l => l, l => urls.Absolute(HelpUrls.With(path, l)));
        var html = HelpPages.Article(text, new HelpArticlePage(found.Article, markdown.ToHtml(found.Article.Body), translations[found.Article.Language],
            translations, Explicit(lang)));
        return Page(http, html, StatusCodes.Status200OK);
    }

    /// <summary>The <c>?lang=</c> a visitor chose, carried on in the pages' links; null when the UI language decides.</summary>
    private static string? Explicit(string? lang) => HelpLanguages.IsKnown(lang) ? HelpLanguages.Parse(lang) : null;

    private static IResult Page(HttpContext http, string html, int status)
    {
        if (status == StatusCodes.Status200OK)
        {
            // The same for every visitor of a language: browsers and proxies may keep it a little while.
            http.Response.Headers.CacheControl = "public, max-age=300";
            http.Response.Headers.Vary = "Accept-Language, Cookie";
        }

        return HtmlPage.Result(http, html, status);
    }
}
