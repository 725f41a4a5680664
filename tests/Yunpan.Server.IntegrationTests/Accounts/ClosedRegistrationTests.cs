using System.Net;
using Yunpan.Contracts.Errors;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-1: an admin can close registration (Accounts:Registration = Closed).</summary>
public sealed class ClosedRegistrationTests(ClosedRegistrationFactory factory) : IClassFixture<ClosedRegistrationFactory>
{
    [Fact]
    public async Task Registering_with_an_email_is_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();

        var problem = await AssertProblemAsync(await RegisterAsync(http, email, null), HttpStatusCode.Forbidden, ErrorCodes.RegistrationClosed);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        await AssertProblemAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        Assert.Empty(MailsTo(factory, email));
    }

    [Fact]
    public async Task Registering_with_a_phone_is_refused_and_nothing_is_created()
    {
        using var http = factory.NewHttpClient();
        var phone = NewChinaMobile();

        await AssertProblemAsync(await RegisterAsync(http, null, phone), HttpStatusCode.Forbidden, ErrorCodes.RegistrationClosed);

        await AssertProblemAsync(await CreateTokenAsync(http, phone, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task The_rest_of_the_server_still_answers()
    {
        using var http = factory.NewHttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        await AssertProblemAsync(await http.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }
}
