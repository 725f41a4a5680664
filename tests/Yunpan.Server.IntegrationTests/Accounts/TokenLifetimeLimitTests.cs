using System.Net;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>Accounts:MaxTokenLifetimeDays (30 here): every token must expire, within the limit.</summary>
public sealed class TokenLifetimeLimitTests(TokenLifetimeLimitFactory factory) : IClassFixture<TokenLifetimeLimitFactory>
{
    [Fact]
    public async Task A_permanent_token_is_refused()
    {
        var email = NewEmail();
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);

        var problem = await AssertProblemAsync(await CreateTokenAsync(http, email, Password, new { name = "forever" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        Assert.Contains("30", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lifetime_beyond_the_limit_is_refused_and_the_limit_itself_is_accepted()
    {
        var email = NewEmail();
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);
        var now = factory.Clock.GetUtcNow();

        await AssertProblemAsync(await CreateTokenAsync(http, email, Password, new { name = "long", expiresInDays = 31 }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, email, Password, new { name = "month", expiresInDays = 30 }), HttpStatusCode.Created);

        Assert.Equal(now.AddDays(30), token.ExpiresAt);
        using var member = BearerClient(factory, token.Token);
        var list = await ReadAsync<TokenList>(await member.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        Assert.Equal("month", Assert.Single(list.Items).Name);
    }
}
