using Microsoft.Playwright;
using Yunpan.Client;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/test.sh) driven by Playwright, plus the server it
/// browses. A missing Chromium fails every test that needs it: a browser test never passes without a browser.
/// A fixture that needs the server configured otherwise derives from it with its settings.
/// </summary>
public class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IReadOnlyDictionary<string, string> _settings;
    private IPlaywright? _playwright;

    public Browser()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Server settings on top of the usual ones (environment variable names).</param>
    protected Browser(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public IBrowser Chromium { get; private set; } = null!;

    public WebServer Server { get; private set; } = null!;

    /// <summary>Where the tests save screenshots: artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("YUNPAN_CHROMIUM") is { Length: > 0 } custom ? custom : ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {executable}. Install it with `apt-get install -y chromium` (scripts/test.sh does), or point YUNPAN_CHROMIUM at one.");
        }

        Directory.CreateDirectory(Screenshots);
        // A WebAssembly app starts in a second or two on a busy machine; the assertions wait for it, not 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        // The sandbox payment provider (development and tests only) lets the plans journey pay for an order.
        var serverSettings = new Dictionary<string, string>
        {
            ["Payments__Provider"] = "sandbox",
            ["Payments__SandboxSecret"] = "web-tests-sandbox-secret",
            // Staff journeys promote a member who is already signed in; the session picks the role up at its next check.
            ["Accounts__SessionRevalidation"] = "00:00:02",
        };
        foreach (var (key, value) in _settings)
        {
            serverSettings[key] = value;
        }

        Server = await WebServer.StartAsync(serverSettings);
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root in a container has no user namespaces for Chromium's sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) that resolves relative URLs against the server.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "en-US")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        // The browser's console and failed requests go into the test's artifacts: the first place to look on a failure.
        page.Console += (_, message) => Log($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => Log($"page error: {error}");
        page.RequestFailed += (_, request) => Log($"request failed: {request.Method} {request.Url} {request.Failure}");
        return page;
    }

    /// <summary>A new member (registered over the API, which also gives a token) signed in through the sign-in page,
    /// on their empty drive.</summary>
    public async Task<(IPage Page, YunpanClient Api)> SignedInAsync(string password, int width = 1280, int height = 800)
    {
        var (email, api) = await RegisteredAsync(password);
        var page = await SignInAsync(email, password, "/drive", width, height);
        await Assertions.Expect(page.GetByTestId("empty")).ToBeVisibleAsync();
        return (page, api);
    }

    /// <summary>A new member registered over the API, with a token for the API calls the test makes as them.</summary>
    public async Task<(string Email, YunpanClient Api)> RegisteredAsync(string password)
    {
        var email = $"web{Guid.NewGuid():N}@example.com";
        var api = new YunpanClient(new HttpClient { BaseAddress = Server.Address });
        await api.RegisterAsync(new RegisterRequest(email, null, password));
        api.UseToken((await api.CreateTokenAsync(email, password, "web-tests")).Token);
        return (email, api);
    }

    /// <summary>A member with a desk role, granted by an administrator made with the server's own command.</summary>
    public async Task<(string Email, YunpanClient Api)> StaffAsync(string password, string role)
    {
        var (adminEmail, admin) = await RegisteredAsync(password);
        await Server.CreateAdministratorAsync(adminEmail, password);
        var (email, api) = await RegisteredAsync(password);
        var me = await api.MeAsync();
        using var granted = await admin.Http.PutAsync($"api/v1/admin/members/{me.Id}/roles/{role}", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, granted.StatusCode);
        return (email, api);
    }

    /// <summary>Picks <paramref name="option"/> in a MudSelect (its list opens in a popover).</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).Or(page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option })).First.ClickAsync();
    }

    /// <summary>A fresh browser profile signed in as <paramref name="email"/> through the sign-in page, on <paramref name="returnUrl"/>.</summary>
    public async Task<IPage> SignInAsync(string email, string password, string returnUrl, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
        await page.Locator("input[name=login]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
        return page;
    }

    private static readonly Lock LogLock = new();

    private static void Log(string line)
    {
        lock (LogLock)
        {
            File.AppendAllText(Path.Combine(Screenshots, "browser.log"), $"{DateTime.UtcNow:HH:mm:ss.fff} {line}{Environment.NewLine}");
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Yunpan.slnx")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? Path.GetTempPath();
    }
}
