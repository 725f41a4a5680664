using System.Globalization;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Pages;

namespace Yunpan.Desk.Help.Pages;

/// <summary>What the help centre's front page shows: the sections, or the results of a search (<c>?q=</c>).</summary>
internal sealed record HelpIndexPage(string Canonical, IReadOnlyDictionary<string, string> Translations, string? ExplicitLanguage, string? Query,
    IReadOnlyList<HelpSection> Sections, HelpArticleList? Results, bool BadSearch);

/// <summary>One article, already rendered to sanitized HTML, and the addresses of its translations.</summary>
internal sealed record HelpArticlePage(HelpArticle Article, string Html, string Canonical, IReadOnlyDictionary<string, string> Translations,
    string? ExplicitLanguage);

/// <summary>
/// K-11: the public help centre (/help, /help/{slug}) as plain server-rendered HTML, readable and indexable without
/// the web app. Article bodies are the sanitized HTML of their Markdown; everything else is encoded text.
/// </summary>
internal static class HelpPages
{
    private const string Style =
        ".articles{list-style:none;padding:0;margin:0}.articles li{padding:8px 0;border-bottom:1px solid #eceff3}.articles li:last-child{border:0}" +
        ".articles p{margin:2px 0 0}h2{font-size:18px;margin:0 0 8px}form.search{display:flex;gap:8px;margin-top:12px}" +
        "form.search input{flex:1;font-size:16px;padding:8px;border:1px solid #c4cad3;border-radius:6px}" +
        ".article-body img{max-width:100%}.article-body pre{white-space:pre-wrap;background:#f7f7f7;padding:8px}.pages a{margin-right:16px}" +
        "footer{color:#5f6b7a;font-size:14px;padding:8px 0}";

    public static string Index(HelpPageText text, HelpIndexPage page)
    {
        var doc = Document(text, text.Get("HelpCentre"), text.Language, indexable: page.Query is null).Canonical(page.Canonical);
        foreach (var (language, url) in page.Translations)
        {
            doc.Alternate(language, url);
        }

        doc.Markup("<section class=\"search\">").Element("h1", null, text.Get("HelpCentre")).Element("p", "meta", text.Get("Intro"))
            .Markup("<form class=\"search\" role=\"search\" method=\"get\" action=\"").Text(HelpUrls.Index).Markup("\">");
        if (page.ExplicitLanguage is not null)
        {
            doc.Markup("<input type=\"hidden\" name=\"lang\" value=\"").Text(page.ExplicitLanguage).Markup("\">");
        }

        doc.Markup("<input type=\"search\" name=\"q\" maxlength=\"200\" data-testid=\"help-query\" aria-label=\"").Text(text.Get("SearchLabel"))
            .Markup("\" placeholder=\"").Text(text.Get("SearchLabel")).Markup("\" value=\"").Text(page.Query ?? "").Markup("\"> ")
            .Markup("<button type=\"submit\" data-testid=\"help-search\">").Text(text.Get("Search")).Markup("</button></form></section>\n");

        if (page.BadSearch)
        {
            doc.Markup("<section>").Element("p", "error", text.Get("BadSearch")).Markup("</section>");
        }
        else if (page.Results is { } results)
        {
            Results(doc, text, page, results);
        }
        else if (page.Sections.Count == 0)
        {
            doc.Markup("<section>").Element("p", "empty", text.Get("Empty")).Markup("</section>");
        }
        else
        {
            foreach (var section in page.Sections)
            {
                doc.Markup("<section class=\"category\" data-category=\"").Text(section.Category).Markup("\">").Element("h2", null, text.Category(section.Category));
                Articles(doc, page.ExplicitLanguage, section.Articles);
                doc.Markup("</section>\n");
            }
        }

        Contact(doc, text, "contact-support");
        return Footer(doc, text, HelpUrls.Index).Render();
    }

    public static string Article(HelpPageText text, HelpArticlePage page)
    {
        var article = page.Article;
        var doc = Document(text, article.Title, article.Language, indexable: true).Canonical(page.Canonical);
        foreach (var (language, url) in page.Translations)
        {
            doc.Alternate(language, url);
        }

        doc.Markup("<p>").Link(HelpUrls.With(HelpUrls.Index, page.ExplicitLanguage), "← " + text.Get("AllArticles"), "back").Markup("</p>")
            .Markup("<section><article class=\"help-article\" data-testid=\"help-article-view\">").Element("h1", null, article.Title)
            .Element("p", "meta", text.Category(article.Category) + " · " + text.Format("Updated", article.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            // Rendered from Markdown and sanitized by MarkdownRenderer (no script, handlers, frames, styles or unsafe links).
            .Markup("<div class=\"article-body\">").Markup(page.Html).Markup("</div></article></section>\n");
        Contact(doc, text, "article-new-case");
        return Footer(doc, text, HelpUrls.Article(article.Slug)).Render();
    }

    public static string NotFound(HelpPageText text) =>
        Footer(Document(text, text.Get("NotFoundTitle"), text.Language, indexable: false)
            .Markup("<section>").Element("h1", null, text.Get("NotFoundTitle")).Element("p", null, text.Get("NotFoundBody"))
            .Markup("<p>").Link(HelpUrls.Index, text.Get("AllArticles")).Markup("</p></section>"), text, HelpUrls.Index)
            .Render();

    private static HtmlDocument Document(HelpPageText text, string title, string language, bool indexable) =>
        new HtmlDocument(title, text.Get("SiteName"), language, indexable).Theme("help", Style);

    private static void Results(HtmlDocument doc, HelpPageText text, HelpIndexPage page, HelpArticleList results)
    {
        doc.Markup("<section class=\"results\" data-testid=\"help-results\">").Element("h2", null, text.Format("Results", results.Total, page.Query!));
        if (results.Items.Count == 0)
        {
            doc.Element("p", "empty", text.Get("NoResults"));
        }
        else
        {
            Articles(doc, page.ExplicitLanguage, results.Items);
        }

        var pages = (results.Total + results.PageSize - 1) / results.PageSize;
        if (pages > 1)
        {
            doc.Markup("<p class=\"pages\">");
            if (results.Page > 1)
            {
                doc.Link(SearchUrl(page, results.Page - 1), "← " + text.Get("Previous"), "previous");
            }

            if (results.Page < pages)
            {
                doc.Link(SearchUrl(page, results.Page + 1), text.Get("Next") + " →", "next");
            }

            doc.Markup("</p>");
        }

        doc.Markup("</section>\n");
    }

    private static string SearchUrl(HelpIndexPage page, int number) =>
        HelpUrls.With(HelpUrls.Index, page.ExplicitLanguage, "q=" + Uri.EscapeDataString(page.Query!) + "&page=" + number.ToString(CultureInfo.InvariantCulture));

    private static void Articles(HtmlDocument doc, string? explicitLanguage, IEnumerable<HelpArticleSummaryDto> articles)
    {
        doc.Markup("<ul class=\"articles\">");
        foreach (var a in articles)
        {
            doc.Markup("<li data-testid=\"help-article\" data-slug=\"").Text(a.Slug).Markup("\">")
                .Link(HelpUrls.With(HelpUrls.Article(a.Slug), explicitLanguage), a.Title).Element("p", "meta", a.Summary).Markup("</li>");
        }

        doc.Markup("</ul>");
    }

    /// <summary>"Contact support" leads into the app: the ticket form (sign-in first for a visitor).</summary>
    private static void Contact(HtmlDocument doc, HelpPageText text, string testId) =>
        doc.Markup("<section class=\"contact\">").Element("p", null, text.Get("NotSolved"))
            .Markup("<p><a class=\"button\" href=\"/support/new\" data-testid=\"").Text(testId).Markup("\">").Text(text.Get("ContactSupport")).Markup("</a> ")
            .Link("/support", text.Get("MyCases"), "my-cases").Markup("</p></section>\n");

    /// <summary>The other language of the same page.</summary>
    private static HtmlDocument Footer(HtmlDocument doc, HelpPageText text, string path)
    {
        var other = text.Language == HelpLanguages.Chinese ? HelpLanguages.English : HelpLanguages.Chinese;
        return doc.Markup("<footer>").Link(HelpUrls.With(path, other), text.Get("OtherLanguage"), "language").Markup("</footer>");
    }
}
