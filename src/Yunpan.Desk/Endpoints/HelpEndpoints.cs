using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Help;

namespace Yunpan.Desk.Endpoints;

/// <summary>
/// K-11: the help centre. Reading is public (visitors look for answers before they have an account, and the pages are
/// indexable); supervisors, managers and admins write. <c>?lang=zh-CN|en</c> picks the language, else the browser's.
/// </summary>
internal static class HelpEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var help = app.MapGroup("/api/v1/help").WithTags("Help centre").AllowAnonymous().RequireRateLimiting(HelpRateLimit.Policy);

        help.MapGet("/articles", async Task<Ok<HelpArticleList>> (string? q, int? page, string? lang, HttpRequest request, SearchHelp search, CancellationToken ct) =>
                TypedResults.Ok(await search.ExecuteAsync(q, page, HelpLanguages.For(lang, request), ct)))
            .WithName("ListHelpArticles")
            .WithSummary("Anyone: the help centre's articles, 20 a page (?page= from 1); ?q= keeps those containing every word.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        help.MapGet("/articles/{slug}", async Task<Ok<HelpArticleDto>> (string slug, string? lang, HttpRequest request, ReadHelpArticle read,
                MarkdownRenderer markdown, CancellationToken ct) =>
                TypedResults.Ok(ToDto((await read.ExecuteAsync(slug, HelpLanguages.For(lang, request), ct))?.Article ?? throw DeskErrors.NotFound("article"),
                    markdown)))
            .WithName("GetHelpArticle")
            .WithSummary("Anyone: one article, its Markdown rendered to sanitized HTML (in the other language when there is no translation).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        help.MapGet("/suggestions", async Task<Ok<HelpSuggestionList>> (string? text, string? lang, HttpRequest request, SuggestArticles suggest, CancellationToken ct) =>
                TypedResults.Ok(await suggest.ExecuteAsync(text, HelpLanguages.For(lang, request), ct)))
            .WithName("SuggestHelpArticles")
            .WithSummary("Anyone: up to five articles that fit a ticket being typed (?text=), best first; none for under two characters.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var editors = app.MapGroup("/api/v1/help/articles").WithTags("Help centre").RequireAuthorization(p => p.RequireRole(DeskRoles.ListKeepers));

        editors.MapPost("/", async Task<Created<HelpArticleDto>> (HelpArticleRequest body, HttpContext http, EditHelpArticles edit, MarkdownRenderer markdown,
                CancellationToken ct) =>
            {
                var article = await edit.AddAsync(http.MemberId(), body, ct);
                return TypedResults.Created($"/api/v1/help/articles/{article.Slug}?lang={article.Language}", ToDto(article, markdown));
            })
            .WithName("AddHelpArticle")
            .WithSummary("Supervisors, managers, admins: write an article (409 help_article_exists when the slug is taken in that language).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        editors.MapPost("/preview", (HelpPreviewRequest body, MarkdownRenderer markdown) =>
                TypedResults.Ok(new HelpPreviewDto(markdown.ToHtml(DeskText.Optional(body.Body, "body", HelpArticleRules.MaxBody) ?? ""))))
            .WithName("PreviewHelpArticle")
            .WithSummary("Supervisors, managers, admins: an article's Markdown rendered and sanitized as its page will show it, without saving anything.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        editors.MapPut("/{slug}", async Task<Ok<HelpArticleDto>> (string slug, string? lang, HelpArticleRequest body, HttpContext http, EditHelpArticles edit,
                MarkdownRenderer markdown, CancellationToken ct) =>
                TypedResults.Ok(ToDto(await edit.ChangeAsync(http.MemberId(), slug, HelpLanguages.Parse(lang ?? body.Language), body, ct), markdown)))
            .WithName("ChangeHelpArticle")
            .WithSummary("Supervisors, managers, admins: replace an article (?lang= names which translation; the body may rename its slug).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        editors.MapDelete("/{slug}", async Task<NoContent> (string slug, string lang, EditHelpArticles edit, CancellationToken ct) =>
            {
                await edit.RemoveAsync(slug, HelpLanguages.Parse(lang), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveHelpArticle")
            .WithSummary("Supervisors, managers, admins: remove one translation of an article (?lang= is required).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static HelpArticleDto ToDto(HelpArticle a, MarkdownRenderer markdown) =>
        new(a.Slug, a.Language, a.Title, a.Summary, markdown.ToHtml(a.Body), a.UpdatedAt, a.Body, a.Keywords, a.Category);
}
