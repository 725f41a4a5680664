using Microsoft.Extensions.DependencyInjection;
using Yunpan.Accounts.Administration;
using Yunpan.Client;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Server.IntegrationTests.Infrastructure;

/// <summary>Creates members through the front door: register, then an access token over HTTP Basic.</summary>
public static class Members
{
    public const string Password = "correct horse battery";

    public static async Task<Member> NewAsync(YunpanFactory factory, string? email = null)
    {
        email ??= $"m{Guid.NewGuid():N}@example.com";
        var client = new YunpanClient(factory.NewHttpClient());
        var account = await client.RegisterAsync(new RegisterRequest(email, null, Password));
        var token = await client.CreateTokenAsync(email, Password, "tests");
        client.UseToken(token.Token);
        return new Member(account.Id, email, token.Token, client);
    }

    /// <summary>A new member made administrator the documented way (what <c>yunpan-server admin create</c> runs).</summary>
    public static async Task<Member> NewAdminAsync(YunpanFactory factory)
    {
        var admin = await NewAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().ExecuteAsync(admin.Email, () => Password, CancellationToken.None);
        return admin;
    }
}

public sealed record Member(Guid Id, string Email, string Token, YunpanClient Client)
{
    public HttpClient Http => Client.Http;
}
