using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Yunpan.Contracts.Accounts;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A member created through the front door for the accounts tests, with a bearer-token client.</summary>
public sealed record AccountsMember(Guid Id, string? Email, string? Phone, string Token, HttpClient Http);

/// <summary>Raw HTTP helpers for the accounts surface: requests, problem+json assertions and the pickup folders.</summary>
internal static partial class AccountsApi
{
    public const string Password = Members.Password;

    /// <summary>A password that passes the rules and differs from <see cref="Password"/>, for changes and resets.</summary>
    public const string NewPassword = "a brand-new passphrase 2";

    public const long StandardCapacity = 5_368_709_120;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NewEmail() => $"a{Guid.NewGuid():N}@example.com";

    /// <summary>A random mainland China mobile number in its local 11-digit form.</summary>
    public static string NewChinaMobile() =>
        "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient http, string? email, string? phone, string? password = Password) =>
        http.PostAsJsonAsync("/api/v1/auth/register", new { email, phone, password }, Json);

    public static AuthenticationHeaderValue Basic(string login, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}")));

    /// <summary>POST /api/v1/auth/tokens with HTTP Basic and a JSON body (default: a token named "tests").</summary>
    public static async Task<HttpResponseMessage> CreateTokenAsync(HttpClient http, string login, string password, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/tokens")
        {
            Content = JsonContent.Create(body ?? new { name = "tests" }, options: Json),
        };
        request.Headers.Authorization = Basic(login, password);
        return await http.SendAsync(request);
    }

    /// <summary>Sends with an explicit <c>Authorization</c> header value (sent as is, even when malformed).</summary>
    public static async Task<HttpResponseMessage> SendWithAuthorizationAsync(HttpClient http, HttpMethod method, string url, string? authorization, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (authorization is not null)
        {
            Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetMeWithAsync(HttpClient http, string authorization) =>
        SendWithAuthorizationAsync(http, HttpMethod.Get, "/api/v1/me", authorization);

    /// <summary>Asserts a problem+json refusal with this status and code; returns the document.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} '{code}', got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.True(root.TryGetProperty("code", out var actual), $"The problem has no 'code': {body}");
        Assert.Equal(code, actual.GetString());
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        return root;
    }

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidOperationException("Empty body.");
    }

    public static async Task AssertStatusAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
    }

    /// <summary>Registers with e-mail, then creates a bearer token over HTTP Basic.</summary>
    public static async Task<AccountsMember> NewEmailMemberAsync(YunpanFactory factory, string? email = null)
    {
        email ??= NewEmail();
        using var anonymous = factory.NewHttpClient();
        var account = await ReadAsync<AccountCreated>(await RegisterAsync(anonymous, email, null), HttpStatusCode.Created);
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(anonymous, email, Password), HttpStatusCode.Created);
        return new AccountsMember(account.Id, email, null, token.Token, BearerClient(factory, token.Token));
    }

    /// <summary>Registers with a mainland mobile number, then creates a bearer token with the phone as login.</summary>
    public static async Task<AccountsMember> NewPhoneMemberAsync(YunpanFactory factory)
    {
        var phone = NewChinaMobile();
        using var anonymous = factory.NewHttpClient();
        var account = await ReadAsync<AccountCreated>(await RegisterAsync(anonymous, null, phone), HttpStatusCode.Created);
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(anonymous, phone, Password), HttpStatusCode.Created);
        return new AccountsMember(account.Id, null, account.Phone, token.Token, BearerClient(factory, token.Token));
    }

    /// <summary>A client with a cookie jar, signed in through <c>/api/v1/auth/signin</c> as a browser is.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(YunpanFactory factory, string login, string password = Password)
    {
        var browser = factory.NewHttpClient(cookies: true);
        await AssertStatusAsync(await browser.PostAsJsonAsync("/api/v1/auth/signin", new { login, password }, Json), HttpStatusCode.OK);
        return browser;
    }

    public static HttpClient BearerClient(YunpanFactory factory, string token)
    {
        var http = factory.NewHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<MeResponse> MeAsync(HttpClient http) =>
        await ReadAsync<MeResponse>(await http.GetAsync(new Uri("/api/v1/me", UriKind.Relative)), HttpStatusCode.OK);

    /// <summary>The .eml files in the pickup folder addressed to <paramref name="email"/>, oldest first.</summary>
    public static IReadOnlyList<string> MailsTo(YunpanFactory factory, string email)
    {
        var folder = Path.Combine(factory.DataDirectory, "mail");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Where(f => File.ReadAllText(f).Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The 6-digit code of the newest mail with a code (verification or password reset) to <paramref name="email"/>.</summary>
    public static string LatestMailCode(YunpanFactory factory, string email)
    {
        var mails = MailsTo(factory, email);
        Assert.NotEmpty(mails);
        var match = MailCode().Match(File.ReadAllText(mails[^1]));
        Assert.True(match.Success, "The mail carries no verification code.");
        return match.Groups[1].Value;
    }

    /// <summary>The text messages in the pickup folder sent to <paramref name="e164"/>, oldest first.</summary>
    public static IReadOnlyList<string> SmsTo(YunpanFactory factory, string e164)
    {
        var folder = Path.Combine(factory.DataDirectory, "sms");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.txt")
            .Where(f => File.ReadAllText(f).StartsWith($"To: {e164}\n", StringComparison.Ordinal))
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    public static string LatestSmsCode(YunpanFactory factory, string e164)
    {
        var messages = SmsTo(factory, e164);
        Assert.NotEmpty(messages);
        var match = SmsCode().Match(File.ReadAllText(messages[^1]));
        Assert.True(match.Success, "The text message carries no code.");
        return match.Groups[1].Value;
    }

    /// <summary>A 6-digit code that is not <paramref name="right"/>.</summary>
    public static string WrongCode(string right) =>
        right == "000000" ? "111111" : "000000";

    [GeneratedRegex(@"^Subject: Yunpan (?:verification|password reset) code: (\d{6})\r?$", RegexOptions.Multiline)]
    private static partial Regex MailCode();

    [GeneratedRegex(@"验证码 (\d{6})")]
    private static partial Regex SmsCode();
}
