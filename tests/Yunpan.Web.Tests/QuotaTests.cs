using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// The quota in the browser (D-2): a file that does not fit is refused before a byte is sent, with the server's
/// message in the upload list, and is not hashed for instant upload first; a full drive says what the member can do.
/// </summary>
public sealed class QuotaTests(SmallPlanBrowser browser) : IClassFixture<SmallPlanBrowser>
{
    private const string Password = "correct horse battery staple";
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task An_upload_beyond_the_quota_is_refused_with_the_servers_message_and_a_full_drive_says_what_to_do()
    {
        using var files = new TestFiles();
        var (page, api) = await browser.SignedInAsync(Password);
        await api.UploadAsync("/old.bin", new MemoryStream(TestFiles.Bytes(1, 6 * MiB)));
        await page.ReloadAsync();
        await Expect(page.GetByTestId("quota-used")).ToHaveTextAsync("6 MB of 16 MB used");
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };

        // 12 MiB do not fit in the 10 left: refused at creation, with what to free; large as it is, it is not hashed.
        await page.GetByTestId("file-input").SetInputFilesAsync(files.Write("big.bin", TestFiles.Bytes(2, 12 * MiB)));
        var item = page.Locator("[data-testid=upload-item][data-name='big.bin']");
        await Expect(item).ToHaveAttributeAsync("data-state", "failed");
        await Expect(item.GetByTestId("upload-error")).ToContainTextAsync("Not enough space: this needs 12 MB but 10 MB is left of 16 MB.");
        await Browser.ScreenshotAsync(page, "upload-over-quota");
        lock (requests)
        {
            Assert.DoesNotContain(requests, r => r.Contains("/instant-uploads", StringComparison.Ordinal));
        }

        Assert.Equal(6 * MiB, (await api.MeAsync()).Quota.Used);

        // Filled up (as after a plan ran out), the quota says so, and even a small file is refused.
        await api.UploadAsync("/more.bin", new MemoryStream(TestFiles.Bytes(3, 10 * MiB)));
        await page.ReloadAsync();
        await Expect(page.GetByTestId("quota")).ToHaveAttributeAsync("data-level", "full");
        await Expect(page.GetByTestId("quota-full")).ToContainTextAsync("uploads are refused");
        await page.GetByTestId("file-input").SetInputFilesAsync(files.Write("note.txt", "a note"u8.ToArray()));
        var note = page.Locator("[data-testid=upload-item][data-name='note.txt']");
        await Expect(note).ToHaveAttributeAsync("data-state", "failed");
        await Expect(note.GetByTestId("upload-error")).ToContainTextAsync("Not enough space");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
