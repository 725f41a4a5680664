using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>Rate limiting of the authentication endpoints (3 requests per 2-second window here).</summary>
public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Too_many_requests_answer_429_with_retry_after_and_change_nothing()
    {
        using var http = factory.NewHttpClient();
        var member = await NewMemberWhenAllowedAsync(http);

        // Spend the window's permits on registrations until one is refused.
        HttpResponseMessage? refused = null;
        string? refusedEmail = null;
        for (var attempt = 0; attempt < 20 && refused is null; attempt++)
        {
            var email = NewEmail();
            var response = await RegisterAsync(http, email, null);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (refused, refusedEmail) = (response, email);
            }
            else
            {
                await AssertStatusAsync(response, HttpStatusCode.Created);
            }
        }

        Assert.NotNull(refused);
        Assert.NotNull(refusedEmail);
        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), Window);

        // The other authentication endpoints share the budget; everything else is unaffected.
        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        await AssertProblemAsync(
            await http.PostAsJsonAsync("/api/v1/auth/signin", new { login = member.Email, password = Password }, Json), HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);

        // Once the window has passed, the refused registration turns out never to have happened.
        var check = await WhenAllowedAsync(() => CreateTokenAsync(http, refusedEmail, Password));
        await AssertProblemAsync(check, HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await WhenAllowedAsync(() => RegisterAsync(http, refusedEmail, null)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Text_message_codes_are_limited_too_and_a_refused_request_sends_nothing()
    {
        using var http = factory.NewHttpClient();
        var member = await NewMemberWhenAllowedAsync(http);
        var phone = NewChinaMobile();

        var accepted = 0;
        var limited = 0;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var response = await member.Http.PostAsJsonAsync("/api/v1/me/phone/code", new { phone }, Json);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
                limited++;
            }
            else
            {
                await AssertStatusAsync(response, HttpStatusCode.Accepted);
                accepted++;
            }
        }

        Assert.True(limited > 0, "The limiter never refused a request.");
        Assert.Equal(accepted, SmsTo(factory, "+86" + phone).Count);
    }

    private async Task<AccountsMember> NewMemberWhenAllowedAsync(HttpClient http)
    {
        var email = NewEmail();
        var account = await ReadAsync<AccountCreated>(await WhenAllowedAsync(() => RegisterAsync(http, email, null)), HttpStatusCode.Created);
        var token = await ReadAsync<TokenCreated>(await WhenAllowedAsync(() => CreateTokenAsync(http, email, Password)), HttpStatusCode.Created);
        return new AccountsMember(account.Id, email, null, token.Token, BearerClient(factory, token.Token));
    }

    /// <summary>Repeats the request while the limiter refuses it (at most a few windows).</summary>
    private static async Task<HttpResponseMessage> WhenAllowedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || watch.Elapsed > Window * 5)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
