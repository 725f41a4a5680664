using Microsoft.Playwright;
using Yunpan.Contracts.Plans;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// S-2, S-4, S-11 in the browser: a VIP member shares a file with an extraction code from the drive's share dialog
/// (options their plan lacks say why), a visitor in a fresh browser opens the link, gives the code and downloads the
/// same bytes, a second member saves it to their drive, and the publisher sees the counters on "My links".
/// </summary>
public sealed class SharingJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";
    private const string Code = "k3y9";

    [Fact]
    public async Task A_password_link_is_created_opened_with_its_code_downloaded_and_saved()
    {
        var (page, api) = await browser.SignedInAsync(Password);
        var content = System.Text.Encoding.UTF8.GetBytes("Quarterly report\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"Line {i}: revenue and costs\n")));
        await api.UploadAsync("/report.txt", new MemoryStream(content));
        var order = await api.CreateOrderAsync(new CreateOrderRequest("vip98", "year", 1));
        await api.PayInSandboxAsync(order.PaymentUrl!);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("VIP98");

        // The share dialog: VIP98 has extraction codes, not business links (disabled, with the plans that have them).
        await Row(page, "report.txt").GetByTestId("node-menu").ClickAsync();
        await page.GetByTestId("menu-share").ClickAsync();
        await Expect(page.GetByTestId("share-form")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("share-option-reason").Last).ToContainTextAsync("Gold");
        await page.GetByLabel("Protect with an extraction code").ClickAsync();
        await page.GetByTestId("share-password").FillAsync(Code);
        await Browser.ScreenshotAsync(page, "share-dialog-desktop");
        await page.GetByTestId("share-submit").ClickAsync();
        await Expect(page.GetByTestId("share-result")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("share-code")).ToContainTextAsync(Code);
        await Expect(page.GetByTestId("share-qr")).ToBeVisibleAsync();
        var url = await page.GetByTestId("share-url").GetAttributeAsync("href");
        Assert.NotNull(url);
        await Browser.ScreenshotAsync(page, "share-result-desktop");
        await page.GetByTestId("share-done").ClickAsync();

        // A visitor in a fresh browser: the code form, then the page, then the same bytes.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(url);
        await visitor.Locator("input[name=code]").FillAsync(Code);
        await visitor.Locator("button[type=submit]").ClickAsync();
        await Expect(visitor.Locator("a.download")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(visitor, "link-page-desktop");
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.Locator("a.download").ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), "yunpan-web-" + Guid.NewGuid().ToString("N"));
        await download.SaveAsAsync(saved);
        Assert.Equal(content, await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
        Assert.Equal("report.txt", download.SuggestedFilename);

        // A second member saves it to their drive from the link page.
        var (other, _) = await browser.SignedInAsync(Password);
        await other.GotoAsync(url);
        await other.Locator("input[name=code]").FillAsync(Code);
        await other.Locator("button[type=submit]").ClickAsync();
        await other.Locator("section.save button[type=submit]").ClickAsync();
        await Expect(other.Locator(".saved")).ToBeVisibleAsync();
        await other.GotoAsync("/drive");
        await Expect(Row(other, "report.txt")).ToBeVisibleAsync();

        // The publisher's "My links": one download, one save, the bytes sent.
        await page.GetByTestId("nav-links").ClickAsync();
        var link = page.GetByTestId("link-row").First;
        await Expect(link).ToContainTextAsync("report.txt");
        await Expect(link.GetByTestId("link-status")).ToContainTextAsync("Active");
        await Expect(link.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Expect(link.Locator("td").Nth(4)).ToHaveTextAsync("1");
        await Browser.ScreenshotAsync(page, "links-desktop");
    }

    private static ILocator Row(IPage page, string name) => page.Locator($"[data-testid=node-row][data-name='{name}']");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
