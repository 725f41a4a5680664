using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>S-2: links with an extraction code (VIP plans), never indexed, unlocked per link, changed or removed at any time.</summary>
public sealed class EncryptedLinkTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private async Task<(Member Publisher, ShareLinkDto Link, byte[] Bytes)> EncryptedAsync(string code = "s3cr")
    {
        var publisher = await Members.NewAsync(factory);
        await GivePlanAsync(factory, publisher, "vip98");
        var bytes = await UploadAsync(publisher, "/私人/合同.txt");
        var link = await ShareAsync(publisher, "/私人/合同.txt", code);
        Assert.True(link.HasPassword);
        Assert.Equal(code, link.Password); // the publisher copies the link with its code (S-11)
        Assert.EndsWith($"(code / 提取码: {code})", link.ShareText, StringComparison.Ordinal);
        return (publisher, link, bytes);
    }

    [Fact]
    public async Task The_page_asks_for_the_code_reveals_nothing_on_a_wrong_one_and_opens_with_the_right_one()
    {
        var (_, link, bytes) = await EncryptedAsync();
        using var visitor = Anonymous(factory, cookies: true);

        var (formResponse, form) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.True(IsNoIndex(form));
        Assert.True(formResponse.Headers.CacheControl!.NoStore);
        Assert.NotNull(form.QuerySelector("form[method=post] input[name=code]"));
        Assert.DoesNotContain("合同", form.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("a.download"));
        await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);

        var wrong = await UnlockAsync(visitor, link, "nope");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.DoesNotContain("合同", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", wrongHtml, StringComparison.Ordinal);
        Assert.Empty(wrong.Headers.TryGetValues("Set-Cookie", out var none) ? none : []);

        var right = await UnlockAsync(visitor, link, "s3cr");
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal(PagePath(link), right.Headers.Location!.OriginalString);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"));
        Assert.Contains($"path={PagePath(link)}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        var (page, document) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("合同.txt", document.QuerySelector("h1")!.TextContent);
        Assert.True(IsNoIndex(document));
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("section.share")); // the code is passed on by the publisher, not the page
        Assert.Equal(bytes, await (await visitor.GetAsync(document.QuerySelector("a.download")!.GetAttribute("href"))).Content.ReadAsByteArrayAsync());

        // The cookie opens this link only.
        var (_, other, _) = await EncryptedAsync();
        var (_, otherPage) = await PageAsync(visitor, PagePath(other), HttpStatusCode.OK);
        Assert.NotNull(otherPage.QuerySelector("input[name=code]"));

        // Scripts give the code in a header instead.
        using var script = Anonymous(factory);
        script.DefaultRequestHeaders.Add("X-Link-Code", "s3cr");
        Assert.Equal(bytes, await (await script.GetAsync(PagePath(link) + "/download")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Changing_the_code_locks_out_old_visitors_and_removing_it_makes_the_link_public()
    {
        var (publisher, link, _) = await EncryptedAsync();
        using var visitor = Anonymous(factory, cookies: true);
        Assert.Equal(HttpStatusCode.SeeOther, (await UnlockAsync(visitor, link, "s3cr")).StatusCode);

        var changed = await ReadAsync<ShareLinkDto>(await publisher.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}/password", new { password = "n3w-code" }), HttpStatusCode.OK);
        Assert.Equal("n3w-code", changed.Password);
        var (_, locked) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.NotNull(locked.QuerySelector("input[name=code]"));
        await AssertProblemAsync(await publisher.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}/password", new { password = "x" }), HttpStatusCode.BadRequest, ErrorCodes.InvalidLinkPassword);

        using var sitemapReader = Anonymous(factory);
        Assert.DoesNotContain(link.Token, await sitemapReader.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        var removed = await ReadAsync<ShareLinkDto>(await publisher.Http.DeleteAsync($"/api/v1/shares/{link.Id}/password"), HttpStatusCode.OK);
        Assert.False(removed.HasPassword);
        using var anyone = Anonymous(factory);
        var (_, open) = await PageAsync(anyone, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("合同.txt", open.QuerySelector("h1")!.TextContent);
        Assert.False(IsNoIndex(open));
        var sitemap = await sitemapReader.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", sitemap.Content.Headers.ContentType!.MediaType);
        var locations = System.Xml.Linq.XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value);
        Assert.Contains(link.Url, locations);
    }

    [Fact]
    public async Task Standard_members_cannot_add_a_code_to_a_link()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/f.txt");
        var link = await ShareAsync(member, "/f.txt");
        await AssertProblemAsync(await member.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}/password", new { password = "abcd" }), HttpStatusCode.Forbidden, ErrorCodes.LinkPasswordNotInPlan);
        Assert.False((await ReadAsync<ShareLinkDto>(await member.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).HasPassword);
    }
}

/// <summary>Brute force on codes is throttled per link and per client (5 and 8 attempts here).</summary>
public sealed class LinkPasswordThrottleTests(ThrottledSharingFactory factory) : IClassFixture<ThrottledSharingFactory>
{
    [Fact]
    public async Task Guessing_stops_at_the_budget_even_for_the_right_code()
    {
        var publisher = await Members.NewAsync(factory);
        await GivePlanAsync(factory, publisher, "vip98");
        await UploadAsync(publisher, "/a.txt");
        await UploadAsync(publisher, "/b.txt");
        var first = await ShareAsync(publisher, "/a.txt", "right1");
        var second = await ShareAsync(publisher, "/b.txt", "right2");
        using var guesser = Anonymous(factory, cookies: true);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await UnlockAsync(guesser, first, "guess" + i)).StatusCode);
        }

        var blocked = await UnlockAsync(guesser, first, "right1");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(blocked.Headers.RetryAfter is not null);
        Assert.Empty(blocked.Headers.TryGetValues("Set-Cookie", out var none) ? none : []);
        var (_, stillLocked) = await PageAsync(guesser, PagePath(first), HttpStatusCode.OK);
        Assert.NotNull(stillLocked.QuerySelector("input[name=code]"));

        // The client's own budget (8) is nearly spent too (six attempts so far): two more on another link, then no more.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await UnlockAsync(guesser, second, "guess" + i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await UnlockAsync(guesser, second, "right2")).StatusCode);
    }
}

/// <summary>The same budget (5 per link) for codes given to the API, in an installation of its own (the client's budget is per address).</summary>
public sealed class ApiPasswordThrottleTests(ThrottledSharingFactory factory) : IClassFixture<ThrottledSharingFactory>
{
    [Fact]
    public async Task Codes_given_to_the_api_count_against_the_same_budget()
    {
        var publisher = await Members.NewAsync(factory);
        await GivePlanAsync(factory, publisher, "vip98");
        await UploadAsync(publisher, "/h.txt");
        var link = await ShareAsync(publisher, "/h.txt", "right3");
        var visitor = await Members.NewAsync(factory);

        for (var i = 0; i < 3; i++)
        {
            using var script = Anonymous(factory);
            script.DefaultRequestHeaders.Add("X-Link-Code", "guess" + i);
            await AssertProblemAsync(await script.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);
        }

        await AssertProblemAsync(await visitor.Http.PostAsJsonAsync($"/api/v1/shared/{link.Token}/save", new { folder = "/", code = "guess3" }), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);
        await AssertProblemAsync(await visitor.Http.PostAsJsonAsync($"/api/v1/shared/{link.Token}/save", new { folder = "/", code = "guess4" }), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);
        using var right = Anonymous(factory);
        right.DefaultRequestHeaders.Add("X-Link-Code", "right3");
        var blocked = await right.GetAsync(PagePath(link) + "/download");
        await AssertProblemAsync(blocked, HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        Assert.NotNull(blocked.Headers.RetryAfter);
    }
}
