using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// A member's first visit, end to end in Chromium against the real server: sign up, verify the e-mail with the code
/// from the pickup folder, sign out and in, make a folder, upload through tus with progress, preview, rename, move,
/// search, delete and restore from the trash, download and compare bytes, switch language, and a phone-width look.
/// </summary>
public sealed class DriveJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";
    private const string NewPassword = "a brand-new passphrase 2";

    [Fact]
    public async Task A_member_who_forgot_the_password_sets_a_new_one_with_a_mailed_code()
    {
        var (email, _) = await browser.RegisteredAsync(Password);
        var page = await browser.NewPageAsync(locale: "zh-CN");

        await FailureEvidence.RunAsync(page, "password-reset", async () =>
        {
            await page.GotoAsync("/signin");
            await page.GetByTestId("forgot-password").ClickAsync();
            await page.WaitForURLAsync("**/reset");
            await Expect(page.GetByTestId("reset-send")).ToBeEnabledAsync(); // the WebAssembly form is interactive
            await page.Locator("input[name=login]").FillAsync(email);
            await page.GetByTestId("reset-send").ClickAsync();
            await Expect(page.GetByTestId("reset-sent")).ToContainTextAsync(email);
            await page.Locator("input[name=code]").FillAsync(await browser.Server.LatestMailCodeAsync(email, "password reset"));
            await page.Locator("input[name=new-password]").FillAsync(NewPassword);
            await page.Locator("input[name=repeat-password]").FillAsync(NewPassword);
            await page.Locator("input[name=repeat-password]").PressAsync("Tab");
            await Browser.ScreenshotAsync(page, "password-reset-zh");
            await page.GetByTestId("reset-submit").ClickAsync();
            await Expect(page.GetByTestId("reset-done")).ToBeVisibleAsync();

            await page.GetByTestId("reset-signin").ClickAsync();
            await page.WaitForURLAsync("**/signin");
        });

        // The new password signs in.
        var signedIn = await browser.SignInAsync(email, NewPassword, "/drive");
        await Expect(signedIn.GetByTestId("empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_member_signs_up_uploads_organises_and_gets_files_back()
    {
        using var files = new TestFiles();
        var page = await browser.NewPageAsync();
        var email = $"web{Guid.NewGuid():N}@example.com";

        await FailureEvidence.RunAsync(page, "drive-journey", async () =>
        {
            // Landing → sign up (the form is a WebAssembly island: wait until it is interactive).
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Your files");
            await Browser.ScreenshotAsync(page, "landing-desktop");
            await page.GotoAsync("/signup");
            await Expect(page.GetByTestId("signup-submit")).ToBeEnabledAsync();
            await page.Locator("input[name=email]").FillAsync(email);
            await page.Locator("input[name=password]").FillAsync(Password);
            await page.GetByTestId("signup-submit").ClickAsync();

            // Verify with the code the server wrote to data/mail.
            await page.WaitForURLAsync("**/verify");
            await Expect(page.Locator("input[name=code]")).ToBeVisibleAsync();
            await page.Locator("input[name=code]").FillAsync(await browser.Server.LatestMailCodeAsync(email));
            await page.GetByTestId("verify-submit").ClickAsync();
            await page.WaitForURLAsync("**/drive");
            await Expect(page.GetByTestId("empty")).ToBeVisibleAsync();

            // On the account page: a new password, then sign out and back in with it.
            await page.GetByTestId("nav-account").ClickAsync();
            await Expect(page.GetByTestId("profile-email")).ToContainTextAsync("verified");
            await page.Locator("input[name=current-password]").FillAsync(Password);
            await page.Locator("input[name=new-password]").FillAsync(NewPassword);
            await page.Locator("input[name=repeat-password]").FillAsync(NewPassword);
            await page.Locator("input[name=repeat-password]").PressAsync("Tab");
            await page.GetByTestId("password-submit").ClickAsync();
            await Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "account-password-changed");
            await page.GetByTestId("sign-out").ClickAsync();
            await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
            await page.GotoAsync("/drive");
            await page.WaitForURLAsync("**/signin?returnUrl=*");
            await Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
            await page.Locator("input[name=login]").FillAsync(email);
            await page.Locator("input[name=password]").FillAsync(NewPassword);
            await page.GetByTestId("signin-submit").ClickAsync();
            await page.WaitForURLAsync("**/drive");
            await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("Standard");

            // A folder.
            await page.GetByTestId("new-folder").ClickAsync();
            await page.GetByTestId("name-input").FillAsync("Documents");
            await page.GetByTestId("name-ok").ClickAsync();
            await Expect(Row(page, "Documents")).ToBeVisibleAsync();

            // Three files through tus, with progress to 100 %.
            var photo = files.Write("photo.png", TestFiles.Png());
            var notes = files.Write("notes.txt", "Yunpan 云盘 notes\nline two\n"u8.ToArray());
            var bigBytes = TestFiles.Bytes(7, 12 * 1024 * 1024);
            var big = files.Write("data.bin", bigBytes);
            await page.GetByTestId("file-input").SetInputFilesAsync([photo, notes, big]);
            await Expect(page.GetByTestId("upload-item")).ToHaveCountAsync(3);
            await Expect(page.Locator("[data-testid=upload-item][data-state=done]")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("uploads-total")).ToHaveTextAsync("100 %");
            await Expect(Row(page, "photo.png")).ToBeVisibleAsync();
            await Expect(Row(page, "notes.txt")).ToBeVisibleAsync();
            await Expect(Row(page, "data.bin")).ToBeVisibleAsync();

            // A folder with a subfolder, through the folder picker.
            files.Write("Album/a.txt", "a"u8.ToArray());
            files.Write("Album/Deep/b.txt", "b"u8.ToArray());
            await page.GetByTestId("folder-input").SetInputFilesAsync(Path.Combine(files.Root, "Album"));
            await Expect(page.Locator("[data-testid=upload-item][data-state=done]")).ToHaveCountAsync(5);
            await Expect(Row(page, "Album")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "drive-desktop");

            // Preview: the image in the lightbox, the text file's content.
            await Open(page, "photo.png");
            await Expect(page.GetByTestId("preview-image")).ToBeVisibleAsync();
            Assert.True(await page.GetByTestId("preview-image").EvaluateAsync<int>("img => img.naturalWidth") > 0, "The image did not load.");
            await Browser.ScreenshotAsync(page, "preview-image");
            await page.Keyboard.PressAsync("Escape");
            await Expect(page.GetByTestId("preview-image")).ToHaveCountAsync(0);
            await Open(page, "notes.txt");
            await Expect(page.GetByTestId("preview-text")).ToContainTextAsync("Yunpan 云盘 notes");
            await page.Keyboard.PressAsync("Escape");
            await Expect(page.GetByTestId("preview-text")).ToHaveCountAsync(0);

            // Grid view shows the server's thumbnail.
            await page.GetByLabel("Grid").ClickAsync();
            var thumb = page.Locator("[data-testid=node-tile][data-name='photo.png'] img");
            await Expect(thumb).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumb.ElementHandleAsync());
            await Browser.ScreenshotAsync(page, "drive-grid");
            await page.GetByLabel("List").ClickAsync();

            // Rename, then move into Documents with the folder picker.
            await Select(page, "notes.txt");
            await page.GetByTestId("action-rename").ClickAsync();
            await page.GetByTestId("name-input").FillAsync("readme.txt");
            await page.GetByTestId("name-ok").ClickAsync();
            await Expect(Row(page, "readme.txt")).ToBeVisibleAsync();
            await Select(page, "readme.txt");
            await page.GetByTestId("action-move").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByText("Documents", new() { Exact = true }).ClickAsync();
            await page.GetByTestId("picker-ok").ClickAsync();
            await Expect(Row(page, "readme.txt")).ToHaveCountAsync(0);
            await Open(page, "Documents");
            await page.WaitForURLAsync("**/drive/Documents");
            await Expect(Row(page, "readme.txt")).ToBeVisibleAsync();
            await page.GetByTestId("breadcrumbs").GetByText("My drive").ClickAsync();
            await page.WaitForURLAsync("**/drive");
            // The address changes before the app has shown the folder; a member searches from what they see.
            await Expect(Row(page, "Documents")).ToBeVisibleAsync();

            // Search across the drive.
            await page.GetByTestId("search-input").FillAsync("readme");
            await page.GetByTestId("search-input").PressAsync("Enter");
            await Expect(Row(page, "readme.txt")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("node-row")).ToHaveCountAsync(1);
            await page.GetByTestId("search-input").FillAsync("");
            await page.GetByTestId("search-input").PressAsync("Enter");
            await Expect(Row(page, "data.bin")).ToBeVisibleAsync();

            // Delete to the trash, restore from there.
            await Select(page, "data.bin");
            await page.GetByTestId("action-delete").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(Row(page, "data.bin")).ToHaveCountAsync(0);
            await page.GetByTestId("nav-trash").ClickAsync();
            await page.WaitForURLAsync("**/trash");
            var trashed = page.Locator("[data-testid=trash-row][data-name='data.bin']");
            await Expect(trashed).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "trash-desktop");
            await trashed.GetByTestId("trash-restore").ClickAsync();
            await Expect(trashed).ToHaveCountAsync(0);
            await page.GetByTestId("nav-drive").ClickAsync();
            await Expect(Row(page, "data.bin")).ToBeVisibleAsync();

            // Download the restored file and compare every byte.
            await Select(page, "data.bin");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("action-download").ClickAsync());
            var saved = Path.Combine(files.Root, "downloaded.bin");
            await download.SaveAsAsync(saved);
            Assert.Equal(bigBytes, await File.ReadAllBytesAsync(saved));

            // A folder zip is not in the Standard plan: the member is told why and which plans have it.
            await Select(page, "data.bin");
            await Select(page, "Album");
            await page.GetByTestId("action-download").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("VIP");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();

            // Switch to Chinese and back; the WebAssembly app follows.
            await page.GetByTestId("lang-zh").ClickAsync();
            await Expect(page.GetByTestId("nav-drive")).ToHaveTextAsync("我的云盘");
            await Expect(page.GetByTestId("upload-files")).ToContainTextAsync("上传文件");
            await Browser.ScreenshotAsync(page, "drive-zh");

            // Phone width: navigation on top, the list still usable.
            await page.SetViewportSizeAsync(390, 844);
            await page.ReloadAsync();
            await Expect(Row(page, "data.bin")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "drive-phone");
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, "The drive view is wider than a phone screen.");
            await page.GetByTestId("lang-en").ClickAsync();
            await Expect(page.GetByTestId("nav-drive")).ToHaveTextAsync("My drive");
        });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static ILocator Row(IPage page, string name) => page.Locator($"[data-testid=node-row][data-name='{name}']");

    private static Task Open(IPage page, string name) => Row(page, name).GetByTestId("node-open").ClickAsync();

    private static Task Select(IPage page, string name) => Row(page, name).Locator("input[type=checkbox]").ClickAsync();
}
