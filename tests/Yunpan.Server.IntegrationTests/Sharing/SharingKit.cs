using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>
/// An installation with the sandbox payment provider (so that tests buy plans through the plans module), a Standard
/// plan that shares files of up to 1000 bytes, and a promotion banner after two downloads a month.
/// </summary>
public class SharingFactory : YunpanFactory
{
    public const string Secret = "sandbox-secret-for-the-tests";
    public const long StandardMaxShared = 1000;
    public const string Banner = "Operator banner";

    public SharingFactory() : this(new Dictionary<string, string?>())
    {
    }

    protected SharingFactory(IDictionary<string, string?> overrides) : base(Settings(overrides))
    {
    }

    private static Dictionary<string, string?> Settings(IDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Payments:Provider"] = "sandbox",
            ["Payments:SandboxSecret"] = Secret,
            ["Plans:ExpirySweepInterval"] = "1.00:00:00",
            ["Plans:Catalog:0:MaxShared"] = StandardMaxShared.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sharing:PasswordAttemptsPerLink"] = "1000",
            ["Sharing:PasswordAttemptsPerClient"] = "1000",
            ["Sharing:AdFreeDownloadsPerMonth"] = "2",
            ["Sharing:PromotionText"] = Banner,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }
}

/// <summary>Few password attempts: 5 per link, 8 per client. xUnit gives every test class its own instance of a
/// class fixture, so the classes that use it do not spend each other's attempts.</summary>
public sealed class ThrottledSharingFactory() : SharingFactory(new Dictionary<string, string?>
{
    ["Sharing:PasswordAttemptsPerLink"] = "5",
    ["Sharing:PasswordAttemptsPerClient"] = "8",
});

internal static class SharingKit
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Buys <paramref name="plan"/> for a year through the sandbox payment page, as a member would.</summary>
    public static async Task GivePlanAsync(YunpanFactory factory, Member member, string plan)
    {
        var order = await ReadAsync<OrderDto>(await member.Http.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest(plan, "year", 1)), HttpStatusCode.Created);
        await PayAsync(factory, member, order);
    }

    /// <summary>Pays a pending order through the sandbox payment page and the gateway's notification.</summary>
    public static async Task PayAsync(YunpanFactory factory, Member member, OrderDto order)
    {
        var notice = await ReadAsync<SandboxPaymentNotice>(await member.Http.GetAsync(order.PaymentUrl), HttpStatusCode.OK);
        using var gateway = factory.NewHttpClient();
        var result = await ReadAsync<PaymentNoticeResult>(await gateway.PostAsJsonAsync("/api/v1/payments/sandbox/callback", notice), HttpStatusCode.OK);
        Assert.Equal("paid", result.Status);
    }

    public static async Task<byte[]> UploadAsync(Member member, string path, byte[]? bytes = null)
    {
        bytes ??= System.Text.Encoding.UTF8.GetBytes("content of " + path);
        await member.Client.UploadAsync(path, new MemoryStream(bytes), parents: true);
        return bytes;
    }

    public static Task<HttpResponseMessage> CreateAsync(Member member, object request) => member.Http.PostAsJsonAsync("/api/v1/shares", request);

    public static async Task<ShareLinkDto> ShareAsync(Member member, object request) =>
        await ReadAsync<ShareLinkDto>(await CreateAsync(member, request), HttpStatusCode.Created);

    public static Task<ShareLinkDto> ShareAsync(Member member, string path, string? password = null) =>
        ShareAsync(member, new { path, password });

    /// <summary>The path and query of a link's page (the tests' clients have the server as base address).</summary>
    public static string PagePath(ShareLinkDto link) => new Uri(link.Url).PathAndQuery;

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PageAsync(HttpClient http, string url, HttpStatusCode status)
    {
        var response = await http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} for {url}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response, Parser.ParseDocument(html));
    }

    public static bool IsNoIndex(IHtmlDocument page) =>
        page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex", StringComparison.Ordinal) == true;

    public static HttpClient Anonymous(YunpanFactory factory, bool cookies = false) => factory.NewHttpClient(cookies);

    /// <summary>Posts the code form of an encrypted link's page.</summary>
    public static Task<HttpResponseMessage> UnlockAsync(HttpClient http, ShareLinkDto link, string code) =>
        http.PostAsync(PagePath(link), new FormUrlEncodedContent([new("code", code)]));
}
