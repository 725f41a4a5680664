using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>The stable route POST /api/v1/shares (DESIGN §5), the link page /s/{token} and downloads through it (S-1, S-3).</summary>
public sealed class ShareLinkTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    [Fact]
    public async Task A_public_link_to_a_nested_non_ascii_file_has_a_page_and_downloads_with_range_and_etag()
    {
        var member = await Members.NewAsync(factory);
        var bytes = await UploadAsync(member, "/文档/季度 报告/报告 2026 (终版).txt", "hello, 云盘 — shared text"u8.ToArray());

        var response = await CreateAsync(member, new { path = "/文档/季度 报告/报告 2026 (终版).txt" });
        var created = await ReadJsonAsync(response, HttpStatusCode.Created);
        var token = created.GetProperty("token").GetString()!;
        var url = created.GetProperty("url").GetString()!;
        Assert.Equal(22, token.Length);
        Assert.Equal(new Uri(factory.BaseAddress, "/s/" + token), new Uri(url));

        using var visitor = Anonymous(factory);
        var (page, document) = await PageAsync(visitor, "/s/" + token, HttpStatusCode.OK);
        Assert.Equal("报告 2026 (终版).txt", document.QuerySelector("h1")!.TextContent);
        Assert.False(IsNoIndex(document)); // S-1: public links are indexable
        Assert.Contains("public", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("hello, 云盘 — shared text", document.QuerySelector(".preview pre")!.TextContent);

        var href = document.QuerySelector("a.download")!.GetAttribute("href")!;
        var download = await visitor.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        var etag = download.Headers.ETag!;
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", etag.Tag);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("报告 2026 (终版).txt", download.Content.Headers.ContentDisposition.FileNameStar);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, href);
        ranged.Headers.Range = new RangeHeaderValue(7, 11);
        var part = await visitor.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[7..12], await part.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, href);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(conditional)).StatusCode);

        using var headPage = new HttpRequestMessage(HttpMethod.Head, "/s/" + token);
        var head = await visitor.SendAsync(headPage);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var headDownload = new HttpRequestMessage(HttpMethod.Head, href);
        var headFile = await visitor.SendAsync(headDownload);
        Assert.Equal(HttpStatusCode.OK, headFile.StatusCode);
        Assert.Equal(bytes.Length, headFile.Content.Headers.ContentLength);

        // The publisher sees what happened: one page view, one download (the range from byte 7 continues it, the
        // revalidation and HEAD start none) and the bytes as sent.
        var links = await ReadAsync<ShareListResponse>(await member.Http.GetAsync("/api/v1/shares"), HttpStatusCode.OK);
        var mine = Assert.Single(links.Items);
        Assert.Equal(("active", "/文档/季度 报告/报告 2026 (终版).txt", false), (mine.Status, mine.Path, mine.HasPassword));
        Assert.Equal(new ShareCounters(1, 1, 0, bytes.Length + 5), mine.Counters);
    }

    [Fact]
    public async Task Bad_requests_change_nothing_and_say_why()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/a.txt");

        await AssertProblemAsync(await CreateAsync(member, new { path = "/nothing/here.txt" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/../a.txt" }), HttpStatusCode.BadRequest, ErrorCodes.InvalidPath);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", downloadLimit = 0 }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", template = "fancy" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", expiresAt = factory.Clock.GetUtcNow().AddMinutes(-1) }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        // Standard publishes public links only, of files up to its largest shared file, without the Supreme features.
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", password = "abcd" }), HttpStatusCode.Forbidden, ErrorCodes.LinkPasswordNotInPlan);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", forbidSave = true }), HttpStatusCode.Forbidden, ErrorCodes.LinkFeatureNotInPlan);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", template = "night" }), HttpStatusCode.Forbidden, ErrorCodes.LinkFeatureNotInPlan);
        await AssertProblemAsync(await CreateAsync(member, new { path = "/a.txt", hideDescription = true }), HttpStatusCode.Forbidden, ErrorCodes.LinkFeatureNotInPlan);
        await UploadAsync(member, "/big.bin", new byte[SharingFactory.StandardMaxShared + 1]);
        var tooLarge = await AssertProblemAsync(await CreateAsync(member, new { path = "/big.bin" }), HttpStatusCode.RequestEntityTooLarge, ErrorCodes.LinkFileTooLarge);
        Assert.Equal(SharingFactory.StandardMaxShared, tooLarge.GetProperty("limit").GetInt64());

        using var anonymous = Anonymous(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/shares", Drive.Raw.Json("{\"path\":\"/a.txt\"}"))).StatusCode);
        Assert.Empty((await ReadAsync<ShareListResponse>(await member.Http.GetAsync("/api/v1/shares"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task Names_and_texts_are_shown_as_text_and_downloaded_under_a_safe_disposition()
    {
        var member = await Members.NewAsync(factory);
        const string Name = "<img src=x onerror=alert(1)>.txt"; // names cannot hold '/', so </script> goes in the title
        const string Title = "<script>alert(1)</script>.txt";
        await UploadAsync(member, "/" + Name);
        await UploadAsync(member, "/x/say \"hi\" & 'bye'.txt");
        var link = await ShareAsync(member, new { path = "/" + Name, title = Title, description = "<b>bold</b>\nsecond line" });

        using var visitor = Anonymous(factory);
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Null(page.QuerySelector("img[onerror]"));
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("<b>bold</b>\nsecond line", page.QuerySelector(".description")!.TextContent);
        Assert.StartsWith(Title, page.Title, StringComparison.Ordinal);

        var download = await visitor.GetAsync(page.QuerySelector("a.download")!.GetAttribute("href"));
        Assert.Equal(Name, download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType); // never text/html

        var quoted = await ShareAsync(member, "/x/say \"hi\" & 'bye'.txt");
        var raw = (await visitor.GetAsync(PagePath(quoted) + "/download")).Content.Headers.GetValues("Content-Disposition").Single();
        Assert.DoesNotContain('\r', raw);
        Assert.DoesNotContain('\n', raw);
        Assert.Equal("say \"hi\" & 'bye'.txt", ContentDispositionHeaderValue.Parse(raw).FileNameStar);
    }

    [Fact]
    public async Task A_folder_link_browses_and_downloads_inside_the_folder_only()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/outside.txt");
        var inner = await UploadAsync(member, "/相册/2026/夏天/海边.txt");
        await UploadAsync(member, "/相册/readme.txt");
        var link = await ShareAsync(member, "/相册");
        Assert.True(link.IsFolder);

        using var visitor = Anonymous(factory);
        var (_, root) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("相册", root.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2026/", "readme.txt"], root.QuerySelectorAll("table.listing tbody tr td:first-child").Select(td => td.TextContent).ToArray());

        var folderHref = root.QuerySelector("a.folder")!.GetAttribute("href")!;
        var (_, year) = await PageAsync(visitor, folderHref, HttpStatusCode.OK);
        var (_, summer) = await PageAsync(visitor, year.QuerySelector("a.folder")!.GetAttribute("href")!, HttpStatusCode.OK);
        Assert.NotNull(summer.QuerySelector("a.up"));
        var file = await visitor.GetAsync(summer.QuerySelector("a.download")!.GetAttribute("href"));
        Assert.Equal(inner, await file.Content.ReadAsByteArrayAsync());

        // Nothing outside the shared folder is reachable, however the path is written.
        await PageAsync(visitor, PagePath(link) + "?path=" + Uri.EscapeDataString("/../outside.txt"), HttpStatusCode.NotFound);
        await PageAsync(visitor, PagePath(link) + "?path=%2Fnope", HttpStatusCode.NotFound);
        await Problem404Or400Async(await visitor.GetAsync(PagePath(link) + "/download?path=..%2Foutside.txt"));
        await Problem404Or400Async(await visitor.GetAsync(PagePath(link) + "/download?path=%2F..%2F..%2Foutside.txt"));
        await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Conflict, ErrorCodes.NotAFile);
    }

    [Fact]
    public async Task An_abandoned_download_adds_the_bytes_sent_not_the_whole_file_to_the_traffic()
    {
        // Larger than what the socket buffers of a loopback connection hold, so that most of it is never sent.
        var member = await Members.NewAsync(factory);
        await GivePlanAsync(factory, member, "supreme");
        var bytes = await UploadAsync(member, "/big.bin", new byte[48 * 1024 * 1024]);
        var link = await ShareAsync(member, "/big.bin");

        using (var visitor = Anonymous(factory))
        {
            using var response = await visitor.GetAsync(PagePath(link) + "/download", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[64 * 1024]);
        }

        // The server learns of the abort a moment later, then counts.
        ShareCounters counters;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            counters = (await ReadAsync<ShareLinkDto>(await member.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK)).Counters;
        }
        while (counters.Bytes == 0 && waited.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Equal(1, counters.Downloads);
        Assert.InRange(counters.Bytes, 64 * 1024, bytes.Length / 2);
    }

    private static async Task Problem404Or400Async(HttpResponseMessage response)
    {
        var code = await Drive.Problem.AssertClientErrorAsync(response);
        Assert.Contains(code, new[] { ErrorCodes.InvalidPath, ErrorCodes.NotFound });
    }

    [Fact]
    public async Task Unknown_tokens_get_a_404_page_that_is_not_indexed()
    {
        using var visitor = Anonymous(factory);
        var (_, page) = await PageAsync(visitor, "/s/AAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound);
        Assert.True(IsNoIndex(page));
        await PageAsync(visitor, "/s/%3Cscript%3E", HttpStatusCode.NotFound);
        await AssertProblemAsync(await visitor.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA/download"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task The_page_speaks_the_visitors_language()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/d.txt");
        var link = await ShareAsync(member, "/d.txt");
        using var visitor = Anonymous(factory);
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("下载", page.QuerySelector("a.download")!.TextContent);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Links_come_with_a_text_to_copy_a_qr_code_and_share_intents()
    {
        var member = await Members.NewAsync(factory);
        await UploadAsync(member, "/q.txt");
        var link = await ShareAsync(member, new { path = "/q.txt", title = "季度 报告" });
        Assert.Equal($"季度 报告 {link.Url}", link.ShareText);
        Assert.Equal(link.Url + "/qr.png", link.QrCode);
        Assert.Equal($"https://service.weibo.com/share/share.php?url={Uri.EscapeDataString(link.Url)}&title={Uri.EscapeDataString("季度 报告")}", link.Intents["weibo"]);

        using var visitor = Anonymous(factory);
        var qr = await visitor.GetAsync(new Uri(link.QrCode).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await qr.Content.ReadAsByteArrayAsync())[..4]);
        await AssertProblemAsync(await visitor.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA/qr.png"), HttpStatusCode.NotFound, ErrorCodes.NotFound);

        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal(link.Url, page.QuerySelector("section.share input.address")!.GetAttribute("value"));
        Assert.Equal(link.Intents["weibo"], page.QuerySelector("a.intent.weibo")!.GetAttribute("href"));
        Assert.Equal(link.QrCode, page.QuerySelector("img.qr")!.GetAttribute("src"));
    }
}
