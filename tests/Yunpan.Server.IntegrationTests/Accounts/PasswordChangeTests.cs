using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A signed-in member changes their password: the old one stops working everywhere it was accepted.</summary>
public sealed class PasswordChangeTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task The_new_password_signs_in_the_old_one_no_longer_does_and_tokens_keep_working()
    {
        var member = await NewEmailMemberAsync(factory);

        await AssertStatusAsync(await ChangeAsync(member.Http, Password, NewPassword), HttpStatusCode.NoContent);

        using var anonymous = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(anonymous, member.Email!, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await CreateTokenAsync(anonymous, member.Email!, NewPassword), HttpStatusCode.Created);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id); // access tokens are credentials of their own
    }

    [Theory]
    [InlineData("not the password", NewPassword, HttpStatusCode.BadRequest, ErrorCodes.WrongPassword)]
    [InlineData(Password, "short", HttpStatusCode.BadRequest, ErrorCodes.WeakPassword)]
    [InlineData(Password, "", HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)]
    [InlineData("", NewPassword, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)]
    public async Task A_refused_change_keeps_the_old_password(string current, string replacement, HttpStatusCode status, string code)
    {
        var member = await NewEmailMemberAsync(factory);

        await AssertProblemAsync(await ChangeAsync(member.Http, current, replacement), status, code);

        using var anonymous = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(anonymous, member.Email!, Password), HttpStatusCode.Created);
        await AssertProblemAsync(await CreateTokenAsync(anonymous, member.Email!, replacement), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Malformed_json_and_no_sign_in_are_refused()
    {
        var member = await NewEmailMemberAsync(factory);
        using var body = new StringContent("{\"currentPassword\": [", System.Text.Encoding.UTF8, "application/json");
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/me/password", body), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);

        using var anonymous = factory.NewHttpClient();
        await AssertProblemAsync(await ChangeAsync(anonymous, Password, NewPassword), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task The_browser_that_changed_it_stays_signed_in_and_other_browsers_are_signed_out()
    {
        var member = await NewEmailMemberAsync(factory);
        using var here = await SignedInBrowserAsync(factory, member.Email!);
        using var elsewhere = await SignedInBrowserAsync(factory, member.Email!);

        await AssertStatusAsync(await ChangeAsync(here, Password, NewPassword), HttpStatusCode.NoContent);
        factory.Clock.Advance(TimeSpan.FromMinutes(2)); // past the sessions' revalidation interval

        Assert.Equal(member.Id, (await MeAsync(here)).Id);
        await AssertProblemAsync(await elsewhere.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task WebDav_forgets_the_old_password_at_once()
    {
        var member = await NewEmailMemberAsync(factory);
        using var dav = factory.NewHttpClient();
        // The first request verifies the password and remembers it for a while; the second is answered from memory.
        Assert.Equal(HttpStatusCode.MultiStatus, (await PropfindAsync(dav, member.Email!, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.MultiStatus, (await PropfindAsync(dav, member.Email!, Password)).StatusCode);

        await AssertStatusAsync(await ChangeAsync(member.Http, Password, NewPassword), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.Unauthorized, (await PropfindAsync(dav, member.Email!, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.MultiStatus, (await PropfindAsync(dav, member.Email!, NewPassword)).StatusCode);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient http, string current, string replacement) =>
        http.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = current, newPassword = replacement }, Json);

    private static async Task<HttpResponseMessage> PropfindAsync(HttpClient http, string login, string password)
    {
        using var request = new HttpRequestMessage(new HttpMethod("PROPFIND"), "/dav/");
        request.Headers.Add("Depth", "0");
        request.Headers.Authorization = Basic(login, password);
        return await http.SendAsync(request);
    }
}
