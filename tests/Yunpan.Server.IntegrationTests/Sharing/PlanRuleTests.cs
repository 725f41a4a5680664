using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>The rules that follow the publisher's plan: templates and hidden descriptions (S-5), the promotion slot
/// (S-6), folder zips (S-7), links beyond the rights after a plan ends (S-9), and the word list (S-10).</summary>
public sealed class PlanRuleTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    [Fact]
    public async Task Supreme_publishers_pick_a_template_and_hide_the_description()
    {
        var supreme = await Members.NewAsync(factory);
        await GivePlanAsync(factory, supreme, "supreme");
        await UploadAsync(supreme, "/t.txt");
        var link = await ShareAsync(supreme, new { path = "/t.txt", template = "night", description = "secret notes", hideDescription = true });
        using var visitor = Anonymous(factory);
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("t-night", page.Body!.ClassName);
        Assert.Null(page.QuerySelector(".description"));
        Assert.DoesNotContain("secret notes", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var shown = await ReadAsync<ShareLinkDto>(await supreme.Http.PutAsJsonAsync($"/api/v1/shares/{link.Id}", new { template = "paper", description = "now shown" }), HttpStatusCode.OK);
        Assert.Equal("paper", shown.Template);
        var (_, paper) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal("t-paper", paper.Body!.ClassName);
        Assert.Equal("now shown", paper.QuerySelector(".description")!.TextContent);
    }

    [Fact]
    public async Task The_promotion_slot_shows_after_the_monthly_free_downloads_except_for_ad_free_publishers()
    {
        var standard = await Members.NewAsync(factory);
        await UploadAsync(standard, "/ad.txt");
        var link = await ShareAsync(standard, "/ad.txt");
        var gold = await Members.NewAsync(factory);
        await GivePlanAsync(factory, gold, "gold");
        await UploadAsync(gold, "/ad.txt");
        var adFree = await ShareAsync(gold, "/ad.txt");
        using var visitor = Anonymous(factory);

        foreach (var l in new[] { link, adFree })
        {
            for (var i = 0; i < 2; i++)
            {
                var (_, before) = await PageAsync(visitor, PagePath(l), HttpStatusCode.OK);
                Assert.Null(before.QuerySelector(".promotion"));
                Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(l) + "/download")).StatusCode);
            }
        }

        var (_, shown) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Equal(SharingFactory.Banner, shown.QuerySelector(".promotion")!.TextContent);
        var (_, never) = await PageAsync(visitor, PagePath(adFree), HttpStatusCode.OK);
        Assert.Null(never.QuerySelector(".promotion"));

        // A new month starts ad-free again.
        var now = factory.Clock.GetUtcNow();
        factory.Clock.Advance(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1) - now);
        var (_, nextMonth) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        Assert.Null(nextMonth.QuerySelector(".promotion"));
    }

    [Fact]
    public async Task Folder_zips_follow_the_publishers_tier_and_say_why_not()
    {
        using var anonymous = Anonymous(factory);
        var standardVisitor = await Members.NewAsync(factory);
        var vipVisitor = await Members.NewAsync(factory);
        await GivePlanAsync(factory, vipVisitor, "vip98");

        async Task<ShareLinkDto> FolderLinkAsync(string? plan)
        {
            var publisher = await Members.NewAsync(factory);
            if (plan is not null)
            {
                await GivePlanAsync(factory, publisher, plan);
            }

            await UploadAsync(publisher, "/专辑/a.txt");
            await UploadAsync(publisher, "/专辑/内/b.txt");
            return await ShareAsync(publisher, "/专辑");
        }

        var byStandard = await FolderLinkAsync(null);
        var byVip = await FolderLinkAsync("vip198");
        var bySupreme = await FolderLinkAsync("supreme");

        await AssertProblemAsync(await vipVisitor.Http.GetAsync(PagePath(byStandard) + "/zip"), HttpStatusCode.Forbidden, ErrorCodes.FolderDownloadNotInPlan);
        var (_, standardPage) = await PageAsync(anonymous, PagePath(byStandard), HttpStatusCode.OK);
        Assert.NotNull(standardPage.QuerySelector(".zip-refused"));
        Assert.Null(standardPage.QuerySelector("a.zip"));

        await AssertProblemAsync(await anonymous.GetAsync(PagePath(byVip) + "/zip"), HttpStatusCode.Forbidden, ErrorCodes.FolderDownloadNotInPlan);
        await AssertProblemAsync(await standardVisitor.Http.GetAsync(PagePath(byVip) + "/zip"), HttpStatusCode.Forbidden, ErrorCodes.FolderDownloadNotInPlan);
        await AssertZipAsync(await vipVisitor.Http.GetAsync(PagePath(byVip) + "/zip"));
        var (_, vipPage) = await PageAsync(anonymous, PagePath(byVip), HttpStatusCode.OK);
        Assert.NotNull(vipPage.QuerySelector(".zip-refused"));

        await AssertZipAsync(await anonymous.GetAsync(PagePath(bySupreme) + "/zip"));
        var (_, supremePage) = await PageAsync(anonymous, PagePath(bySupreme), HttpStatusCode.OK);
        Assert.NotNull(supremePage.QuerySelector("a.zip"));
    }

    private static async Task AssertZipAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["a.txt", "内/", "内/b.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task After_the_plan_ends_links_beyond_the_rights_stop_and_can_be_saved_as_links_of_the_current_plan()
    {
        var publisher = await Members.NewAsync(factory);
        await GivePlanAsync(factory, publisher, "vip98");
        await UploadAsync(publisher, "/v.txt");
        var encrypted = await ShareAsync(publisher, "/v.txt", "c0de");
        var plain = await ShareAsync(publisher, "/v.txt");

        factory.Clock.Advance(TimeSpan.FromDays(367)); // the year of VIP98 is over: back to Standard (P-6)

        using var visitor = Anonymous(factory);
        var (_, paused) = await PageAsync(visitor, PagePath(encrypted), HttpStatusCode.Forbidden);
        Assert.True(IsNoIndex(paused));
        Assert.NotNull(paused.QuerySelector(".reason"));
        Assert.Null(paused.QuerySelector("input[name=code]"));
        using var script = Anonymous(factory);
        script.DefaultRequestHeaders.Add("X-Link-Code", "c0de");
        var refused = await AssertProblemAsync(await script.GetAsync(PagePath(encrypted) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.LinkBeyondPlan);
        Assert.Equal("encryptedLinks", refused.GetProperty("reason").GetString());
        var listed = await ReadAsync<ShareLinkDto>(await publisher.Http.GetAsync($"/api/v1/shares/{encrypted.Id}"), HttpStatusCode.OK);
        Assert.Equal((ShareStatuses.BeyondPlan, "encryptedLinks"), (listed.Status, listed.StatusReason));

        // Links within the rights keep serving.
        await PageAsync(visitor, PagePath(plain), HttpStatusCode.OK);

        // Editing cannot keep what the plan no longer gives, but saves the link as a public one of the current plan.
        await AssertProblemAsync(await publisher.Http.PutAsJsonAsync($"/api/v1/shares/{encrypted.Id}", new { password = "c0de" }), HttpStatusCode.Forbidden, ErrorCodes.LinkPasswordNotInPlan);
        var saved = await ReadAsync<ShareLinkDto>(await publisher.Http.PutAsJsonAsync($"/api/v1/shares/{encrypted.Id}", new { title = "now public" }), HttpStatusCode.OK);
        Assert.Equal((ShareStatuses.Active, false), (saved.Status, saved.HasPassword));
        var (_, open) = await PageAsync(visitor, PagePath(encrypted), HttpStatusCode.OK);
        Assert.Equal("now public", open.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Files_in_a_folder_link_above_the_publishers_largest_shared_file_are_not_served()
    {
        var publisher = await Members.NewAsync(factory);
        var small = await UploadAsync(publisher, "/mixed/small.txt");
        await UploadAsync(publisher, "/mixed/large.bin", new byte[SharingFactory.StandardMaxShared + 1]);
        var link = await ShareAsync(publisher, "/mixed");
        using var visitor = Anonymous(factory);

        Assert.Equal(small, await (await visitor.GetAsync(PagePath(link) + "/download?path=%2Fsmall.txt")).Content.ReadAsByteArrayAsync());
        var refused = await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download?path=%2Flarge.bin"), HttpStatusCode.Forbidden, ErrorCodes.LinkBeyondPlan);
        Assert.Equal("maxShared", refused.GetProperty("reason").GetString());
        var other = await Members.NewAsync(factory);
        await AssertProblemAsync(await other.Http.PostAsJsonAsync($"/api/v1/shared/{link.Token}/save", new { folder = "/", path = "/large.bin" }), HttpStatusCode.Forbidden, ErrorCodes.LinkBeyondPlan);
    }

    [Fact]
    public async Task Administrators_edit_the_word_list()
    {
        var admin = await Members.NewAdminAsync(factory);

        var member = await Members.NewAsync(factory);
        await AssertProblemAsync(await member.Http.GetAsync("/api/v1/admin/sensitive-words"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await member.Http.PostAsJsonAsync("/api/v1/admin/sensitive-words", new { word = "x" }), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var seeded = await ReadAsync<SensitiveWordList>(await admin.Http.GetAsync("/api/v1/admin/sensitive-words"), HttpStatusCode.OK);
        Assert.Contains(seeded.Items, w => w.Word == "赌博");

        var added = await ReadAsync<SensitiveWordDto>(await admin.Http.PostAsJsonAsync("/api/v1/admin/sensitive-words", new { word = "Spam Link" }), HttpStatusCode.Created);
        await AssertProblemAsync(await admin.Http.PostAsJsonAsync("/api/v1/admin/sensitive-words", new { word = "ＳＰＡＭ-link" }), HttpStatusCode.Conflict, ErrorCodes.NameConflict);
        await AssertProblemAsync(await admin.Http.PostAsJsonAsync("/api/v1/admin/sensitive-words", new { word = " ,. " }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        await UploadAsync(member, "/x.txt");
        await AssertProblemAsync(await CreateAsync(member, new { path = "/x.txt", title = "free spamlink here" }), (HttpStatusCode)422, ErrorCodes.SensitiveWords);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync($"/api/v1/admin/sensitive-words/{added.Id}")).StatusCode);
        await ShareAsync(member, new { path = "/x.txt", title = "free spamlink here" });
        await AssertProblemAsync(await admin.Http.DeleteAsync($"/api/v1/admin/sensitive-words/{added.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }
}
