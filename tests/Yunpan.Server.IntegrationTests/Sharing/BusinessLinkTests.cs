using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>Gold's monthly business-link traffic is 10 MiB here, so that tests can spend it.</summary>
public sealed class BusinessLinkFactory() : SharingFactory(new Dictionary<string, string?>
{
    ["Plans:Catalog:5:BusinessTrafficPerMonth"] = BusinessLinkTests.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
});

/// <summary>S-8: business links are Gold's, metered by the bytes actually sent, stop together when the plan ends or the
/// month's traffic is used up, and start again at once when extra traffic is bought.</summary>
public sealed class BusinessLinkTests(BusinessLinkFactory factory) : IClassFixture<BusinessLinkFactory>
{
    public const long Budget = 10 * MiB;
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task Only_Gold_publishes_business_links()
    {
        var supreme = await Members.NewAsync(factory);
        await GivePlanAsync(factory, supreme, "supreme");
        await UploadAsync(supreme, "/b.txt");
        var refused = await AssertProblemAsync(await CreateAsync(supreme, new { path = "/b.txt", business = true }), HttpStatusCode.Forbidden, ErrorCodes.LinkFeatureNotInPlan);
        Assert.Equal("businessLinks", refused.GetProperty("feature").GetString());
        await AssertProblemAsync(await supreme.Http.PostAsJsonAsync("/api/v1/orders/traffic", new CreateTrafficOrderRequest(1)), HttpStatusCode.Forbidden, ErrorCodes.BusinessLinksNotInPlan);

        var gold = await GoldAsync();
        await UploadAsync(gold, "/b.txt");
        await AssertProblemAsync(await CreateAsync(gold, new { path = "/b.txt", promotionText = "only on business links" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var link = await ShareAsync(gold, new { path = "/b.txt", business = true, promotionText = "Visit us" });
        Assert.True(link.Business);
        Assert.Equal("Visit us", link.PromotionText);
        var traffic = await ReadAsync<BusinessTrafficDto>(await gold.Http.GetAsync("/api/v1/shares/business-traffic"), HttpStatusCode.OK);
        Assert.Equal(Budget, traffic.Allowance);
        Assert.Null(traffic.StopReason);
    }

    [Fact]
    public async Task Parallel_ranged_downloads_never_serve_more_than_the_budget()
    {
        var gold = await GoldAsync();
        var content = await UploadAsync(gold, "/big.bin", Bytes(4 * MiB));
        var link = await ShareAsync(gold, new { path = "/big.bin", business = true });
        using var visitor = Anonymous(factory);

        // 8 parallel ranges of 3 MiB ask for 24 MiB of a 10 MiB budget: three fit, the others are refused whole.
        var ranges = Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? (From: 0L, Length: 3 * MiB) : (From: MiB, Length: 3 * MiB)).ToList();
        var answers = await Task.WhenAll(ranges.Select(r => RangeAsync(visitor, link, r.From, r.Length)));
        Assert.Equal(3, answers.Count(a => a.Status == HttpStatusCode.PartialContent));
        Assert.Equal(5, answers.Count(a => a.Status == HttpStatusCode.Forbidden && a.Code == ErrorCodes.BusinessTrafficUsedUp));
        foreach (var (answer, range) in answers.Zip(ranges).Where(p => p.First.Status == HttpStatusCode.PartialContent))
        {
            Assert.Equal(content.AsSpan((int)range.From, (int)range.Length).ToArray(), answer.Body);
        }

        // 1 MiB is left: one byte more is refused, exactly 1 MiB is served, then nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await RangeAsync(visitor, link, 0, MiB + 1)).Status);
        Assert.Equal(HttpStatusCode.PartialContent, (await RangeAsync(visitor, link, 2 * MiB, MiB)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await RangeAsync(visitor, link, 0, 1)).Status);

        var traffic = await ReadAsync<BusinessTrafficDto>(await gold.Http.GetAsync("/api/v1/shares/business-traffic"), HttpStatusCode.OK);
        Assert.Equal(Budget, traffic.Used);
        Assert.Equal(0, traffic.Remaining);
        Assert.Equal("traffic_used_up", traffic.StopReason);
        var mine = await ReadAsync<ShareLinkDto>(await gold.Http.GetAsync($"/api/v1/shares/{link.Id}"), HttpStatusCode.OK);
        Assert.Equal(Budget, mine.Counters.Bytes);
        Assert.Equal(ShareStatuses.TrafficUsedUp, mine.Status);

        // All of the publisher's business links stop, with a page that says why; their other links go on.
        await UploadAsync(gold, "/other.txt");
        var other = await ShareAsync(gold, new { path = "/other.txt", business = true });
        var (_, stopped) = await PageAsync(visitor, PagePath(other), HttpStatusCode.Forbidden);
        Assert.NotNull(stopped.QuerySelector(".reason"));
        var plain = await ShareAsync(gold, "/other.txt");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(plain) + "/download")).StatusCode);
    }

    [Fact]
    public async Task Bought_traffic_lifts_the_stop_at_once()
    {
        var gold = await GoldAsync();
        await UploadAsync(gold, "/ten.bin", Bytes(Budget));
        var link = await ShareAsync(gold, new { path = "/ten.bin", business = true });
        using var visitor = Anonymous(factory);
        Assert.Equal(Budget, (await visitor.GetByteArrayAsync(PagePath(link) + "/download")).LongLength);
        await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.BusinessTrafficUsedUp);

        var order = await ReadAsync<OrderDto>(await gold.Http.PostAsJsonAsync("/api/v1/orders/traffic", new CreateTrafficOrderRequest(1)), HttpStatusCode.Created);
        Assert.Equal("business-traffic", order.Product);
        Assert.Equal(1m, order.Amount);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(PagePath(link) + "/download")).StatusCode); // not paid yet
        await PayAsync(factory, gold, order);

        Assert.Equal(Budget, (await visitor.GetByteArrayAsync(PagePath(link) + "/download")).LongLength);
        var traffic = await ReadAsync<BusinessTrafficDto>(await gold.Http.GetAsync("/api/v1/shares/business-traffic"), HttpStatusCode.OK);
        Assert.Equal(1L << 30, traffic.Extra);
        Assert.Equal(2 * Budget, traffic.Used);
    }

    [Fact]
    public async Task A_download_that_does_not_fit_is_refused_whole_and_a_new_month_starts_afresh()
    {
        var gold = await GoldAsync();
        await UploadAsync(gold, "/four.bin", Bytes(4 * MiB));
        var link = await ShareAsync(gold, new { path = "/four.bin", business = true });
        using var visitor = Anonymous(factory);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(4 * MiB, (await visitor.GetByteArrayAsync(PagePath(link) + "/download")).LongLength);
        }

        var refused = await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.BusinessTrafficUsedUp);
        Assert.Equal(2 * MiB, refused.GetProperty("remaining").GetInt64());
        Assert.Equal(4 * MiB, refused.GetProperty("needed").GetInt64());

        var now = factory.Clock.GetUtcNow();
        factory.Clock.Advance(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1) - now);
        Assert.Equal(4 * MiB, (await visitor.GetByteArrayAsync(PagePath(link) + "/download")).LongLength);
        var traffic = await ReadAsync<BusinessTrafficDto>(await gold.Http.GetAsync("/api/v1/shares/business-traffic"), HttpStatusCode.OK);
        Assert.Equal(4 * MiB, traffic.Used);
    }

    [Fact]
    public async Task Business_links_stop_when_Gold_ends()
    {
        var gold = await GoldAsync();
        await UploadAsync(gold, "/g.txt");
        var link = await ShareAsync(gold, new { path = "/g.txt", business = true });
        using var visitor = Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(link) + "/download")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(367)); // the year of Gold is over: back to Standard (P-6)
        var refused = await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/download"), HttpStatusCode.Forbidden, ErrorCodes.LinkBeyondPlan);
        Assert.Equal("businessLinks", refused.GetProperty("reason").GetString());
        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.Forbidden);
        Assert.NotNull(page.QuerySelector(".reason"));
        var traffic = await ReadAsync<BusinessTrafficDto>(await gold.Http.GetAsync("/api/v1/shares/business-traffic"), HttpStatusCode.OK);
        Assert.Equal("plan_ended", traffic.StopReason);
    }

    [Fact]
    public async Task Business_pages_show_the_publishers_promotion_and_never_the_platforms()
    {
        var gold = await GoldAsync();
        await UploadAsync(gold, "/p.txt");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        await UploadAsync(gold, "/ad.png", png);
        await AssertProblemAsync(await CreateAsync(gold, new { path = "/p.txt", business = true, promotionImage = "/p.txt" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var link = await ShareAsync(gold, new { path = "/p.txt", business = true, promotionText = "<b>Buy</b> now", promotionImage = "/ad.png" });
        Assert.Equal("/ad.png", link.PromotionImage);
        using var visitor = Anonymous(factory);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(link) + "/download")).StatusCode);
        }

        var (_, page) = await PageAsync(visitor, PagePath(link), HttpStatusCode.OK);
        var promotion = Assert.Single(page.QuerySelectorAll(".promotion"));
        Assert.Contains("publisher", promotion.ClassList);
        Assert.Contains("<b>Buy</b> now", promotion.TextContent, StringComparison.Ordinal);
        Assert.Null(promotion.QuerySelector("b"));
        Assert.DoesNotContain(SharingFactory.Banner, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var image = await visitor.GetAsync(promotion.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Business_folder_links_serve_files_one_by_one()
    {
        var gold = await GoldAsync();
        await UploadAsync(gold, "/f/a.txt");
        var link = await ShareAsync(gold, new { path = "/f", business = true });
        using var visitor = Anonymous(factory);
        var refused = await AssertProblemAsync(await visitor.GetAsync(PagePath(link) + "/zip"), HttpStatusCode.Forbidden, ErrorCodes.FolderDownloadNotInPlan);
        Assert.Equal("businessLink", refused.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PagePath(link) + "/download?path=%2Fa.txt")).StatusCode);
    }

    private async Task<Member> GoldAsync()
    {
        var gold = await Members.NewAsync(factory);
        await GivePlanAsync(factory, gold, "gold");
        return gold;
    }

    private static byte[] Bytes(long length)
    {
        var bytes = new byte[length];
        new Random(8).NextBytes(bytes);
        return bytes;
    }

    private static async Task<(HttpStatusCode Status, string? Code, byte[] Body)> RangeAsync(HttpClient http, ShareLinkDto link, long from, long length)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PagePath(link) + "/download");
        request.Headers.Range = new RangeHeaderValue(from, from + length - 1);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        string? code = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            code = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
        }

        return (response.StatusCode, code, body);
    }
}
