using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>S-4: a signed-in visitor saves a shared item into their drive without bytes copied, within their quota, unless forbidden.</summary>
public sealed class SaveToDriveTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static Task<HttpResponseMessage> SaveAsync(Member visitor, ShareLinkDto link, object body) =>
        visitor.Http.PostAsJsonAsync($"/api/v1/shared/{link.Token}/save", body);

    [Fact]
    public async Task A_visitor_saves_a_file_and_a_folder_into_their_drive_without_new_blobs()
    {
        var publisher = await Members.NewAsync(factory);
        var bytes = await UploadAsync(publisher, "/共享/歌曲/一.txt");
        await UploadAsync(publisher, "/共享/歌曲/二.txt");
        var fileLink = await ShareAsync(publisher, "/共享/歌曲/一.txt");
        var folderLink = await ShareAsync(publisher, "/共享");
        var blobs = Disk.BlobFiles(factory).Count;

        var visitor = await Members.NewAsync(factory);
        await visitor.Client.CreateFolderAsync("/收到");
        var saved = await ReadAsync<NodeDto>(await SaveAsync(visitor, fileLink, new { folder = "/收到" }), HttpStatusCode.Created);
        Assert.Equal("/收到/一.txt", saved.Path);
        var again = await ReadAsync<NodeDto>(await SaveAsync(visitor, fileLink, new { folder = "/收到" }), HttpStatusCode.Created);
        Assert.Equal("/收到/一 (1).txt", again.Path);
        Assert.Equal(bytes, await (await visitor.Client.DownloadAsync("/收到/一.txt")).Content.ReadAsByteArrayAsync());

        var sub = await ReadAsync<NodeDto>(await SaveAsync(visitor, folderLink, new { folder = "/", path = "/歌曲" }), HttpStatusCode.Created);
        Assert.Equal(("/歌曲", NodeKinds.Folder), (sub.Path, sub.Kind));
        Assert.Equal(2, (await visitor.Client.ListAsync("/歌曲")).Total);
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count); // zero-copy: the same blobs, one more reference each

        var counters = (await ReadAsync<ShareLinkDto>(await publisher.Http.GetAsync($"/api/v1/shares/{fileLink.Id}"), HttpStatusCode.OK)).Counters;
        Assert.Equal(2, counters.Saves);

        // The publisher deleting their file leaves the visitor's copy intact.
        await publisher.Client.DeleteAsync("/共享/歌曲/一.txt");
        Assert.Equal(bytes, await (await visitor.Client.DownloadAsync("/收到/一.txt")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Saving_needs_a_signed_in_visitor_a_folder_that_exists_room_in_the_quota_and_the_code()
    {
        var publisher = await Members.NewAsync(factory);
        await GivePlanAsync(factory, publisher, "vip98");
        await UploadAsync(publisher, "/big.bin", new byte[900]);
        var link = await ShareAsync(publisher, "/big.bin", "c0de");
        var visitor = await Members.NewAsync(factory);

        using var anonymous = Anonymous(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/shared/{link.Token}/save", new { folder = "/" })).StatusCode);
        await AssertProblemAsync(await SaveAsync(visitor, link, new { folder = "/" }), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);
        await AssertProblemAsync(await SaveAsync(visitor, link, new { folder = "/", code = "wrong" }), HttpStatusCode.Forbidden, ErrorCodes.LinkLocked);
        await AssertProblemAsync(await SaveAsync(visitor, link, new { folder = "/missing", code = "c0de" }), HttpStatusCode.Conflict, ErrorCodes.ParentNotFound);
        await ReadAsync<NodeDto>(await SaveAsync(visitor, link, new { folder = "/", code = "c0de" }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_save_beyond_the_visitors_quota_is_refused_with_507()
    {
        using var small = new SmallQuotaSharingFactory();
        var publisher = await Members.NewAsync(small);
        await UploadAsync(publisher, "/half.bin", new byte[600]);
        var link = await ShareAsync(publisher, "/half.bin");
        var visitor = await Members.NewAsync(small);
        await UploadAsync(visitor, "/own.bin", new byte[600]);
        var before = await DriveState.CaptureAsync(visitor);
        await AssertProblemAsync(await SaveAsync(visitor, link, new { folder = "/" }), HttpStatusCode.InsufficientStorage, ErrorCodes.QuotaExceeded);
        await before.AssertUnchangedAsync(visitor);
    }

    [Fact]
    public async Task Forbid_save_needs_the_plans_capability_and_is_honoured_through_the_api_and_the_page()
    {
        var standard = await Members.NewAsync(factory);
        await UploadAsync(standard, "/s.txt");
        await AssertProblemAsync(await CreateAsync(standard, new { path = "/s.txt", forbidSave = true }), HttpStatusCode.Forbidden, ErrorCodes.LinkFeatureNotInPlan);

        var supreme = await Members.NewAsync(factory);
        await GivePlanAsync(factory, supreme, "supreme");
        await UploadAsync(supreme, "/keep.txt");
        var link = await ShareAsync(supreme, new { path = "/keep.txt", forbidSave = true });
        Assert.True(link.ForbidSave);

        var visitor = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(visitor);
        await AssertProblemAsync(await SaveAsync(visitor, link, new { folder = "/" }), HttpStatusCode.Forbidden, ErrorCodes.LinkSaveForbidden);
        await before.AssertUnchangedAsync(visitor);

        using var browser = Anonymous(factory);
        var (_, page) = await PageAsync(browser, PagePath(link), HttpStatusCode.OK);
        Assert.Null(page.QuerySelector("form[action$='/save']"));
        Assert.NotNull(page.QuerySelector("a.download"));
    }

    [Fact]
    public async Task A_signed_in_browser_saves_from_the_page()
    {
        var publisher = await Members.NewAsync(factory);
        await UploadAsync(publisher, "/page.txt");
        var link = await ShareAsync(publisher, "/page.txt");

        var visitor = await Members.NewAsync(factory);
        using var browser = factory.NewHttpClient(cookies: true);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/v1/auth/signin", new { login = visitor.Email, password = Members.Password })).StatusCode);
        var (_, page) = await PageAsync(browser, PagePath(link), HttpStatusCode.OK);
        var form = page.QuerySelector("form[action$='/save']")!;
        var posted = await browser.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([new("folder", "/"), new("path", "")]));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var (_, after) = await PageAsync(browser, posted.Headers.Location!.OriginalString, HttpStatusCode.OK);
        Assert.NotNull(after.QuerySelector(".saved"));
        Assert.Equal("/page.txt", (await visitor.Client.StatAsync("/page.txt")).Path);

        using var anonymous = Anonymous(factory);
        var (_, anonymousPage) = await PageAsync(anonymous, PagePath(link), HttpStatusCode.OK);
        Assert.StartsWith("/signin?returnUrl=", anonymousPage.QuerySelector("section.save a")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}

/// <summary>Standard holds 1000 bytes.</summary>
public sealed class SmallQuotaSharingFactory() : SharingFactory(new Dictionary<string, string?> { ["Plans:Catalog:0:Capacity"] = "1000" });
