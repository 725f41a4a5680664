using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>S-3: managing links (counters, settings, revoke), expiry and download limits; other members' links stay out of reach.</summary>
public sealed class LinkLifecycleTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    [Fact]
    public async Task Another_members_link_ids_are_never_readable_or_editable()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/mine.txt");
        var link = await ShareAsync(owner, "/mine.txt");
        var other = await Members.NewAsync(factory);

        await AssertProblemAsync(await other.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await other.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}", new { title = "taken" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await other.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}/password", new { password = "abcd" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await other.Http.DeleteAsync($"/api/v1/shares/{link.Id}/password"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await other.Http.DeleteAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        Assert.Empty((await ReadAsync<ShareListResponse>(await other.Http.GetAsync("/api/v1/shares"), HttpStatusCode.OK)).Items);

        var unchanged = await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK);
        Assert.Equal((ShareStatuses.Active, (string?)null), (unchanged.Status, unchanged.Title));
    }

    [Fact]
    public async Task A_revoked_link_answers_410_pages_and_downloads()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/r.txt");
        var link = await ShareAsync(owner, "/r.txt");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.Http.DeleteAsync($"/api/v1/shares/{link.Id}")).StatusCode);

        using var visitor = Anonymous(factory);
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.Gone);
        Assert.True(IsNoIndex(page));
        Assert.DoesNotContain("r.txt", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var gone = await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Gone, ErrorCodes.LinkGone);
        Assert.Equal(ShareStatuses.Revoked, gone.GetProperty("linkStatus").GetString());
        Assert.Equal(ShareStatuses.Revoked, (await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).Status);
        await AssertProblemAsync(await owner.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}", new { title = "again" }), HttpStatusCode.Gone, ErrorCodes.LinkGone);
        Assert.DoesNotContain(link.Token, await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_and_a_used_up_download_limit_answer_410()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/e.txt");
        var expiring = await ShareAsync(owner, new { path = "/e.txt", expiresAt = factory.Clock.GetUtcNow().AddDays(1) });
        var limited = await ShareAsync(owner, new { path = "/e.txt", downloadLimit = 2 });
        using var visitor = Anonymous(factory);

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(limited) + "/download")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(limited) + "/download")).StatusCode);
        await AssertProblemAsync(await visitor.GetAsync(PagePath(limited) + "/download"), HttpStatusCode.Gone, ErrorCodes.LinkGone);
        var (_, limitPage) = await PageAsync(visitor, PagePath(limited), HttpStatusCode.Gone);
        Assert.NotNull(limitPage.QuerySelector(".reason"));
        var counted = await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{limited.Id}"), HttpStatusCode.OK);
        Assert.Equal((ShareStatuses.LimitReached, 2L), (counted.Status, counted.Counters.Downloads));

        // Raising the limit serves again.
        var raised = await ReadAsync<ShareLinkDto>(await owner.Http.PutAsJsonAsync($"/api/v1/shares/{limited.Id}", new { downloadLimit = 3 }), HttpStatusCode.OK);
        Assert.Equal(ShareStatuses.Active, raised.Status);

        await PageAsync(visitor, PagePath(expiring), HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await PageAsync(visitor, PagePath(expiring), HttpStatusCode.Gone);
        Assert.Equal(ShareStatuses.Expired, (await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{expiring.Id}"), HttpStatusCode.OK)).Status);
    }

    [Fact]
    public async Task Parallel_downloads_never_pass_the_limit()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/p.txt");
        var link = await ShareAsync(owner, new { path = "/p.txt", downloadLimit = 3 });
        using var visitor = Anonymous(factory);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => visitor.GetAsync(PagePath(link) + "/download")));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.Gone));
    }

    [Fact]
    public async Task A_link_follows_its_item_when_it_moves_and_ends_when_it_is_deleted()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/old/name.txt");
        var link = await ShareAsync(owner, "/old/name.txt");
        await owner.Client.CreateFolderAsync("/new");
        await owner.Client.MoveAsync("/old/name.txt", "/new/renamed.txt");
        using var visitor = Anonymous(factory);
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("renamed.txt", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/new/renamed.txt", (await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).Path);

        await owner.Client.DeleteAsync("/new/renamed.txt");
        await PageAsync(visitor, PagePath(link), HttpStatusCode.Gone);
        Assert.Equal(ShareStatuses.Removed, (await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).Status);
    }

    [Fact]
    public async Task Sensitive_words_keep_a_link_from_being_published_however_they_are_written()
    {
        var owner = await Members.NewAsync(factory);
        await UploadAsync(owner, "/w.txt");
        foreach (var title in new[] { "赌博", "免费 赌 博 资源", "ＧＡＭＢＬＩＮＧ guide", "g.a.m.b.l.i.n.g", "赌\u200B博" })
        {
            var refused = await AssertProblemAsync(await CreateAsync(owner, new { path = "/w.txt", title }), (HttpStatusCode)422, ErrorCodes.SensitiveWords);
            Assert.Equal("title", refused.GetProperty("field").GetString());
            Assert.Contains("title", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await AssertProblemAsync(await CreateAsync(owner, new { path = "/w.txt", description = "best Casino deals" }), (HttpStatusCode)422, ErrorCodes.SensitiveWords);
        var link = await ShareAsync(owner, new { path = "/w.txt", title = "Quarterly report" });
        await AssertProblemAsync(await owner.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}", new { description = "色 情" }), (HttpStatusCode)422, ErrorCodes.SensitiveWords);
        Assert.Single((await ReadAsync<ShareListResponse>(await owner.Http.GetAsync("/api/v1/shares"), HttpStatusCode.OK)).Items);
        Assert.Equal("Quarterly report", (await ReadAsync<ShareLinkDto>(await owner.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).Title);
    }
}
