using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>Browser sessions: sign-in sets a cookie, sign-out removes it, cross-origin writes are refused.</summary>
public sealed class CookieSessionTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private const string ForeignOrigin = "https://evil.example";

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_session_cookie_that_authenticates()
    {
        var (email, id) = await RegisterAsync();
        using var browser = factory.NewHttpClient(cookies: true);

        var response = await browser.PostAsJsonAsync("/api/v1/auth/signin", new { login = email, password = Password }, Json);

        var signedIn = await ReadAsync<AccountCreated>(response, HttpStatusCode.OK);
        Assert.Equal(id, signedIn.Id);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("yunpan.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await MeAsync(browser);
        Assert.Equal(id, me.Id);
        Assert.Equal(email, me.Email);
    }

    [Fact]
    public async Task Signing_in_with_the_phone_works_too()
    {
        var phone = NewChinaMobile();
        using var http = factory.NewHttpClient();
        var account = await ReadAsync<AccountCreated>(await AccountsApi.RegisterAsync(http, null, phone), HttpStatusCode.Created);
        using var browser = factory.NewHttpClient(cookies: true);

        await AssertStatusAsync(await browser.PostAsJsonAsync("/api/v1/auth/signin", new { login = phone, password = Password }, Json), HttpStatusCode.OK);

        Assert.Equal(account.Id, (await MeAsync(browser)).Id);
    }

    [Fact]
    public async Task A_wrong_password_sets_no_cookie()
    {
        var (email, _) = await RegisterAsync();
        using var browser = factory.NewHttpClient(cookies: true);

        var response = await browser.PostAsJsonAsync("/api/v1/auth/signin", new { login = email, password = "wrong password!" }, Json);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        await AssertProblemAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Malformed_sign_in_json_is_refused()
    {
        using var browser = factory.NewHttpClient(cookies: true);
        using var body = new StringContent("{\"login\": [", System.Text.Encoding.UTF8, "application/json");

        await AssertProblemAsync(await browser.PostAsync("/api/v1/auth/signin", body), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (email, _) = await RegisterAsync();
        using var browser = await SignedInBrowserAsync(factory, email);

        var response = await browser.PostAsync("/api/v1/auth/signout", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await AssertProblemAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await AssertProblemAsync(await browser.PostAsync("/api/v1/auth/signout", null), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_cookie_write_from_a_foreign_origin_is_refused_and_changes_nothing()
    {
        var (email, _) = await RegisterAsync();
        using var browser = await SignedInBrowserAsync(factory, email);

        using (var request = TokenRequest(ForeignOrigin))
        {
            await AssertProblemAsync(await browser.SendAsync(request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/signout"))
        {
            request.Headers.Add("Origin", ForeignOrigin);
            await AssertProblemAsync(await browser.SendAsync(request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/signout"))
        {
            request.Headers.Add("Origin", "null");
            await AssertProblemAsync(await browser.SendAsync(request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        }

        // Still signed in, and no token was created.
        var list = await ReadAsync<TokenList>(await browser.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        Assert.Empty(list.Items);
    }

    [Fact]
    public async Task A_cookie_write_from_the_same_origin_or_without_an_origin_is_allowed()
    {
        var (email, id) = await RegisterAsync();
        using var browser = await SignedInBrowserAsync(factory, email);

        using (var request = TokenRequest(factory.BaseAddress.GetLeftPart(UriPartial.Authority)))
        {
            var token = await ReadAsync<TokenCreated>(await browser.SendAsync(request), HttpStatusCode.Created);
            using var cli = BearerClient(factory, token.Token);
            Assert.Equal(id, (await MeAsync(cli)).Id);
        }

        using (var request = TokenRequest(origin: null))
        {
            await AssertStatusAsync(await browser.SendAsync(request), HttpStatusCode.Created);
        }

        Assert.Equal(2, (await ReadAsync<TokenList>(await browser.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items.Count);
    }

    [Fact]
    public async Task A_cookie_read_from_a_foreign_origin_is_not_a_write()
    {
        var (email, id) = await RegisterAsync();
        using var browser = await SignedInBrowserAsync(factory, email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Origin", ForeignOrigin);

        var response = await browser.SendAsync(request);

        Assert.Equal(id, (await ReadAsync<MeResponse>(response, HttpStatusCode.OK)).Id);
    }

    [Fact]
    public async Task A_foreign_origin_cannot_sign_a_browser_in()
    {
        var (email, _) = await RegisterAsync();
        using var browser = factory.NewHttpClient(cookies: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/signin")
        {
            Content = JsonContent.Create(new { login = email, password = Password }, options: Json),
        };
        request.Headers.Add("Origin", ForeignOrigin);

        var response = await browser.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        await AssertProblemAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_token_authenticated_write_carries_no_ambient_credentials_and_passes_the_origin_check()
    {
        var member = await NewEmailMemberAsync(factory);
        using var request = TokenRequest(ForeignOrigin);

        await AssertStatusAsync(await member.Http.SendAsync(request), HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_session_expires_after_two_weeks_without_use()
    {
        var (email, _) = await RegisterAsync();
        using var browser = await SignedInBrowserAsync(factory, email);

        factory.Clock.Advance(TimeSpan.FromDays(15));

        await AssertProblemAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    private async Task<(string Email, Guid Id)> RegisterAsync()
    {
        var email = NewEmail();
        using var http = factory.NewHttpClient();
        var account = await ReadAsync<AccountCreated>(await AccountsApi.RegisterAsync(http, email, null), HttpStatusCode.Created);
        return (email, account.Id);
    }

    private static HttpRequestMessage TokenRequest(string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/tokens")
        {
            Content = JsonContent.Create(new { name = "browser" }, options: Json),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }
}
