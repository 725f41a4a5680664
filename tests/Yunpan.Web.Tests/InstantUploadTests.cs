using System.Security.Cryptography;
using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// Instant upload from the browser (D-4): a large file whose content the server already holds is hashed in the page,
/// proved and added without a tus upload, several in turn; unknown content and small files go up through tus as before.
/// </summary>
public sealed class InstantUploadTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";
    // Just above BrowserUploads.InstantUploadThreshold (8 MiB), from where the page offers files for instant upload.
    private const int Large = 9 * 1024 * 1024;

    [Fact]
    public async Task Content_the_server_holds_arrives_without_sending_it_and_other_files_are_uploaded()
    {
        using var files = new TestFiles();
        var known = TestFiles.Bytes(101, Large);
        var (_, someoneElse) = await browser.RegisteredAsync(Password);
        await someoneElse.UploadAsync("/their-copy.bin", new MemoryStream(known));

        var (page, api) = await browser.SignedInAsync(Password);
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add($"{request.Method} {new Uri(request.Url).AbsolutePath}");
            }
        };

        // Known content: hashed, challenged, proved; no tus upload is created.
        await page.GetByTestId("file-input").SetInputFilesAsync(files.Write("mine.bin", known));
        var instant = Item(page, "mine.bin");
        await Expect(instant).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Expect(instant).ToHaveAttributeAsync("data-instant", "true");
        await Expect(instant).ToHaveAttributeAsync("data-percent", "100");
        await Expect(instant).ToContainTextAsync("Instant upload");
        await Expect(page.Locator("[data-testid=node-row][data-name='mine.bin']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "upload-instant");
        var sent = Drain(requests);
        Assert.Contains("POST /api/v1/instant-uploads", sent);
        Assert.Contains(sent, r => r.StartsWith("POST /api/v1/instant-uploads/", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, r => r.StartsWith("POST /api/v1/uploads", StringComparison.Ordinal) || r.StartsWith("PATCH ", StringComparison.Ordinal));
        var stored = await api.StatAsync("/mine.bin");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(known)), stored.Sha256);
        Assert.Equal(known.Length, stored.Size);

        // Unknown content: the server does not hold it, so the file goes up through tus after all.
        var unknown = TestFiles.Bytes(102, Large);
        await page.GetByTestId("file-input").SetInputFilesAsync(files.Write("new.bin", unknown));
        var uploaded = Item(page, "new.bin");
        await Expect(uploaded).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Expect(uploaded).ToHaveAttributeAsync("data-instant", "false");
        await Expect(page.Locator("[data-testid=node-row][data-name='new.bin']")).ToBeVisibleAsync();
        sent = Drain(requests);
        Assert.Contains("POST /api/v1/instant-uploads", sent);
        Assert.Contains("POST /api/v1/uploads", sent);
        using (var download = await api.DownloadAsync("/new.bin"))
        {
            Assert.Equal(SHA256.HashData(unknown), SHA256.HashData(await download.Content.ReadAsByteArrayAsync()));
        }

        // A small file is not worth hashing: straight to tus, even though the server holds its content.
        await page.GetByTestId("file-input").SetInputFilesAsync(files.Write("small.bin", known[..(1024 * 1024)]));
        await Expect(Item(page, "small.bin")).ToHaveAttributeAsync("data-state", "done");
        sent = Drain(requests);
        Assert.Contains("POST /api/v1/uploads", sent);
        Assert.DoesNotContain(sent, r => r.Contains("/instant-uploads", StringComparison.Ordinal));

        // Several at once are hashed in turn, and each arrives on its own proof.
        await page.GetByTestId("file-input").SetInputFilesAsync([files.Write("one.bin", known), files.Write("two.bin", known)]);
        await Expect(page.Locator("[data-testid=upload-item][data-instant=true]")).ToHaveCountAsync(3, new() { Timeout = 60_000 });
        sent = Drain(requests);
        Assert.Equal(2, sent.Count(r => r.StartsWith("POST /api/v1/instant-uploads/", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, r => r.StartsWith("POST /api/v1/uploads", StringComparison.Ordinal));
    }

    private static ILocator Item(IPage page, string name) => page.Locator($"[data-testid=upload-item][data-name='{name}']");

    private static List<string> Drain(List<string> requests)
    {
        lock (requests)
        {
            var copy = requests.ToList();
            requests.Clear();
            return copy;
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
