using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-11 through the front door: a public, searchable help centre that staff write and that suggests while a ticket is typed.</summary>
public sealed class HelpCentreTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Anyone_reads_searches_and_gets_suggestions_in_their_language()
    {
        using var visitor = factory.NewHttpClient();
        var all = await ReadAsync<HelpArticleList>(await visitor.GetAsync("/api/v1/help/articles"), HttpStatusCode.OK);
        Assert.True(all.Total >= 6);
        Assert.All(all.Items, a => Assert.Equal("zh-CN", a.Language));

        var found = await ReadAsync<HelpArticleList>(await visitor.GetAsync("/api/v1/help/articles?q=" + Uri.EscapeDataString("外链 提取码")), HttpStatusCode.OK);
        Assert.Equal("link-download", Assert.Single(found.Items).Slug);
        var english = await ReadAsync<HelpArticleList>(await visitor.GetAsync("/api/v1/help/articles?q=resum&lang=en"), HttpStatusCode.OK);
        Assert.Contains(english.Items, a => a.Slug == "large-upload");
        Assert.Empty((await ReadAsync<HelpArticleList>(await visitor.GetAsync("/api/v1/help/articles?q=100%25_"), HttpStatusCode.OK)).Items);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/help/articles/download-stuck");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var article = await ReadAsync<HelpArticleDto>(await visitor.SendAsync(request), HttpStatusCode.OK);
        Assert.Equal(("en", "download-stuck"), (article.Language, article.Slug));
        Assert.Contains("<ol>", article.Html);

        var suggested = await ReadAsync<HelpSuggestionList>(await visitor.GetAsync("/api/v1/help/suggestions?text=" + Uri.EscapeDataString("下载到99%就不动了")), HttpStatusCode.OK);
        Assert.Equal("download-stuck", suggested.Items[0].Slug);
        Assert.Empty((await ReadAsync<HelpSuggestionList>(await visitor.GetAsync("/api/v1/help/suggestions?text=a"), HttpStatusCode.OK)).Items);

        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/articles/no-such-article"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/articles?lang=fr"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/articles?page=0"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Supervisors_write_articles_whose_script_never_reaches_the_page()
    {
        var admin = await Members.NewAdminAsync(factory);
        var agent = await DeskKit.AgentAsync(factory, admin);
        var supervisor = await DeskKit.StaffAsync(factory, admin, Yunpan.Core.Security.Roles.Supervisor);
        using var visitor = factory.NewHttpClient();
        var request = new HelpArticleRequest("invoice-title", "zh-CN", "发票抬头怎么填", "申请发票时抬头的写法。",
            "填写公司全称。<script>alert(1)</script>\n\n[详情](javascript:alert(1)) <img src=x onerror=alert(1)>", "发票, 抬头");

        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync("/api/v1/help/articles", request)).StatusCode);
        await AssertProblemAsync(await agent.Http.PostAsJsonAsync("/api/v1/help/articles", request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await supervisor.Http.PostAsJsonAsync("/api/v1/help/articles", request with { Slug = "Invoice Title!" }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var created = await ReadAsync<HelpArticleDto>(await supervisor.Http.PostAsJsonAsync("/api/v1/help/articles", request), HttpStatusCode.Created);
        Assert.Contains("填写公司全称。", created.Html);
        foreach (var dangerous in new[] { "<script", "javascript:", "onerror" })
        {
            Assert.DoesNotContain(dangerous, created.Html, StringComparison.OrdinalIgnoreCase);
        }

        await AssertProblemAsync(await supervisor.Http.PostAsJsonAsync("/api/v1/help/articles", request), HttpStatusCode.Conflict, ErrorCodes.HelpArticleExists);
        var suggested = await ReadAsync<HelpSuggestionList>(await visitor.GetAsync("/api/v1/help/suggestions?text=" + Uri.EscapeDataString("发票抬头写错了")), HttpStatusCode.OK);
        Assert.Equal("invoice-title", suggested.Items[0].Slug);

        // A refused change leaves the article as it was.
        await AssertProblemAsync(await supervisor.Http.PutAsJsonAsync("/api/v1/help/articles/invoice-title?lang=zh-CN", request with { Title = " " }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var changed = await ReadAsync<HelpArticleDto>(await admin.Http.PutAsJsonAsync("/api/v1/help/articles/invoice-title?lang=zh-CN",
            request with { Body = "填写**公司全称**。" }), HttpStatusCode.OK);
        Assert.Contains("<strong>公司全称</strong>", changed.Html);
        Assert.Equal(request.Title, changed.Title);

        await AssertProblemAsync(await agent.Http.DeleteAsync("/api/v1/help/articles/invoice-title?lang=zh-CN"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.Http.DeleteAsync("/api/v1/help/articles/invoice-title?lang=zh-CN")).StatusCode);
        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/articles/invoice-title"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Editors_preview_markdown_sanitized_as_the_page_renders_it()
    {
        var admin = await Members.NewAdminAsync(factory);
        var agent = await DeskKit.AgentAsync(factory, admin);
        var manager = await DeskKit.StaffAsync(factory, admin, Yunpan.Core.Security.Roles.Manager);
        var markdown = "**重启**客户端。<script>alert(1)</script> [x](javascript:alert(1))";

        await AssertProblemAsync(await agent.Http.PostAsJsonAsync("/api/v1/help/articles/preview", new HelpPreviewRequest(markdown)),
            HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        var preview = await ReadAsync<HelpPreviewDto>(await manager.Http.PostAsJsonAsync("/api/v1/help/articles/preview", new HelpPreviewRequest(markdown)),
            HttpStatusCode.OK);
        Assert.Contains("<strong>重启</strong>", preview.Html);
        Assert.DoesNotContain("<script", preview.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", preview.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", (await ReadAsync<HelpPreviewDto>(await manager.Http.PostAsJsonAsync("/api/v1/help/articles/preview", new HelpPreviewRequest(" ")),
            HttpStatusCode.OK)).Html);
        await AssertProblemAsync(await manager.Http.PostAsJsonAsync("/api/v1/help/articles/preview", new HelpPreviewRequest(new string('x', 50_001))),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }
}
