using System.Net;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>The public help centre is limited per client address (5 requests a minute here), its pages and its API together.</summary>
public sealed class HelpRateLimitTests(HelpRateLimitedFactory factory) : IClassFixture<HelpRateLimitedFactory>
{
    [Fact]
    public async Task Too_many_help_requests_answer_429_with_Retry_After_and_other_routes_are_unaffected()
    {
        using var visitor = factory.NewHttpClient();
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 20 && refused is null; attempt++)
        {
            var response = await HelpPagesTests.Get(visitor, attempt % 2 == 0 ? "/help" : "/help/download-stuck", "en");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }
        }

        Assert.NotNull(refused);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        // The API of the help centre shares the budget; the rest of the server does not.
        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/articles"), HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        await AssertProblemAsync(await visitor.GetAsync("/api/v1/help/suggestions?text=upload"), HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/v1/plans")).StatusCode);
    }
}

/// <summary>A server whose help centre allows 5 requests a minute per client address.</summary>
public sealed class HelpRateLimitedFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Desk:Help:RequestsPerWindow"] = "5",
    ["Desk:Help:Window"] = "00:01:00",
});
