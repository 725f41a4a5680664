using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-11, DESIGN §5/§6: the public help centre's pages, plain server-rendered HTML for anyone, in the visitor's language.</summary>
public sealed class HelpPagesTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task An_anonymous_visitor_reads_the_help_centre_and_an_article_without_any_script()
    {
        using var visitor = factory.NewHttpClient();
        var (response, index) = await PageAsync(visitor, "/help", "en-GB,en;q=0.9", HttpStatusCode.OK);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Empty(index.Scripts);
        Assert.False(IsNoIndex(index));
        Assert.Equal("Help centre", index.QuerySelector("h1")?.TextContent);
        Assert.Equal(new Uri(factory.BaseAddress, "/help?lang=en").ToString(), Canonical(index));
        Assert.NotNull(index.QuerySelector("link[rel=alternate][hreflang=zh-CN]"));

        // The articles by category, in the categories' order, each a link to its page.
        var categories = index.QuerySelectorAll("section.category").Select(s => s.GetAttribute("data-category")).ToList();
        Assert.Equal(HelpCategories.All.Where(categories.Contains), categories);
        Assert.Superset(new HashSet<string?>(["downloads", "uploads", "sharing", "clients", "account"]), new HashSet<string?>(categories));
        Assert.Equal("Downloads", index.QuerySelector("section[data-category=downloads] h2")?.TextContent);
        var link = index.QuerySelector("li[data-slug=download-stuck] a")!;
        Assert.Equal("/help/download-stuck", link.GetAttribute("href"));

        // "Contact support" leads into the app's ticket form.
        Assert.Equal("/support/new", index.QuerySelector("[data-testid=contact-support]")?.GetAttribute("href"));
        Assert.Equal("GET", index.QuerySelector("form[role=search]")?.GetAttribute("method")?.ToUpperInvariant());

        var (_, article) = await PageAsync(visitor, "/help/download-stuck", "en", HttpStatusCode.OK);
        Assert.Empty(article.Scripts);
        Assert.Equal("en", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal(link.TextContent, article.QuerySelector("h1")?.TextContent);
        Assert.NotNull(article.QuerySelector(".article-body ol li"));
        Assert.Contains("Downloads", article.QuerySelector(".help-article .meta")?.TextContent);
        Assert.Equal(new Uri(factory.BaseAddress, "/help/download-stuck?lang=en").ToString(), Canonical(article));
        Assert.Equal(new Uri(factory.BaseAddress, "/help/download-stuck?lang=zh-CN").ToString(),
            article.QuerySelector("link[rel=alternate][hreflang=zh-CN]")?.GetAttribute("href"));
        Assert.Equal("/support/new", article.QuerySelector("[data-testid=article-new-case]")?.GetAttribute("href"));

        // HEAD answers like GET, without a body.
        using var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/help/download-stuck"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task The_language_follows_Accept_Language_unless_the_address_names_one()
    {
        using var visitor = factory.NewHttpClient();
        var (_, chinese) = await PageAsync(visitor, "/help/download-stuck", "zh-CN,zh;q=0.9,en;q=0.5", HttpStatusCode.OK);
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("下载停在", chinese.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("联系客服", chinese.QuerySelector("[data-testid=article-new-case]")?.TextContent);
        Assert.Equal(new Uri(factory.BaseAddress, "/help/download-stuck?lang=zh-CN").ToString(), Canonical(chinese));

        var (_, index) = await PageAsync(visitor, "/help", "zh-CN", HttpStatusCode.OK);
        Assert.Equal("帮助中心", index.QuerySelector("h1")?.TextContent);
        Assert.Equal("下载", index.QuerySelector("section[data-category=downloads] h2")?.TextContent);

        // ?lang= wins, and the page's links keep it.
        var (_, english) = await PageAsync(visitor, "/help?lang=en", "zh-CN", HttpStatusCode.OK);
        Assert.Equal("Help centre", english.QuerySelector("h1")?.TextContent);
        Assert.Equal("/help/download-stuck?lang=en", english.QuerySelector("li[data-slug=download-stuck] a")?.GetAttribute("href"));
        Assert.Equal("en", english.QuerySelector("form[role=search] input[name=lang]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page_that_search_engines_skip()
    {
        using var visitor = factory.NewHttpClient();
        var (response, page) = await PageAsync(visitor, "/help/no-such-article", "en", HttpStatusCode.NotFound);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(IsNoIndex(page));
        Assert.Equal("Article not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/help']"));
    }

    [Fact]
    public async Task Search_lists_the_articles_with_every_word_and_is_not_indexed()
    {
        using var visitor = factory.NewHttpClient();
        var (_, found) = await PageAsync(visitor, "/help?q=" + Uri.EscapeDataString("外链 提取码"), "zh-CN", HttpStatusCode.OK);
        Assert.True(IsNoIndex(found));
        var results = found.QuerySelectorAll("[data-testid=help-results] li[data-testid=help-article]").Select(li => li.GetAttribute("data-slug")).ToList();
        Assert.Equal(["link-download"], results);
        Assert.Equal("外链 提取码", found.QuerySelector("input[name=q]")?.GetAttribute("value"));
        Assert.Empty(found.QuerySelectorAll("section.category"));

        var (_, english) = await PageAsync(visitor, "/help?q=resum", "en", HttpStatusCode.OK);
        Assert.Contains("large-upload", english.QuerySelectorAll("[data-testid=help-results] li").Select(li => li.GetAttribute("data-slug")));

        var (_, none) = await PageAsync(visitor, "/help?q=" + Uri.EscapeDataString("<script>nothing-like-this"), "en", HttpStatusCode.OK);
        Assert.Empty(none.QuerySelectorAll("[data-testid=help-results] li"));
        Assert.NotNull(none.QuerySelector("[data-testid=help-results] .empty"));
        Assert.Empty(none.Scripts);

        var (_, refused) = await PageAsync(visitor, "/help?q=%01", "en", HttpStatusCode.BadRequest);
        Assert.NotNull(refused.QuerySelector(".error"));
    }

    [Fact]
    public async Task Script_in_an_articles_source_never_reaches_its_page_and_the_article_is_listed_in_its_category_and_the_sitemap()
    {
        var admin = await Members.NewAdminAsync(factory);
        var supervisor = await DeskKit.StaffAsync(factory, admin, Roles.Supervisor);
        var request = new HelpArticleRequest("pay-by-invoice", "en", "Paying with an invoice", "How to ask for an invoice.",
            "Ask for it on the *Plans* page.<script>alert(1)</script>\n\n[details](javascript:alert(1)) <img src=x onerror=alert(1)> <iframe src=https://example.com></iframe>",
            "invoice", HelpCategories.Plans);
        await ReadAsync<HelpArticleDto>(await supervisor.Http.PostAsJsonAsync("/api/v1/help/articles", request), HttpStatusCode.Created);

        using var visitor = factory.NewHttpClient();
        var response = await Get(visitor, "/help/pay-by-invoice", "en");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var dangerous in new[] { "<script", "javascript:", "onerror", "<iframe", "alert(1)</" })
        {
            Assert.DoesNotContain(dangerous, html, StringComparison.OrdinalIgnoreCase);
        }

        var page = Parser.ParseDocument(html);
        Assert.Equal("Plans", page.QuerySelector(".article-body em")?.TextContent);
        Assert.Contains("Plans and orders", page.QuerySelector(".help-article .meta")?.TextContent);

        var (_, index) = await PageAsync(visitor, "/help", "en", HttpStatusCode.OK);
        Assert.NotNull(index.QuerySelector("section[data-category=plans] li[data-slug=pay-by-invoice]"));

        var sitemap = await visitor.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", sitemap.Content.Headers.ContentType?.MediaType);
        var locations = XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(new Uri(factory.BaseAddress, "/help/pay-by-invoice?lang=en").ToString(), locations);
        Assert.Contains(new Uri(factory.BaseAddress, "/help/download-stuck?lang=zh-CN").ToString(), locations);
        Assert.Contains(new Uri(factory.BaseAddress, "/help?lang=en").ToString(), locations);
    }

    internal static async Task<HttpResponseMessage> Get(HttpClient http, string url, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        request.Headers.Accept.ParseAdd("text/html");
        return await http.SendAsync(request);
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PageAsync(HttpClient http, string url, string acceptLanguage, HttpStatusCode status)
    {
        var response = await Get(http, url, acceptLanguage);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} for {url}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response, Parser.ParseDocument(html));
    }

    private static string? Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
}
