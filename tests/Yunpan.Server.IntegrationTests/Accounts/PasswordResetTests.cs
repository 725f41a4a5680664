using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A forgotten password: a code to the member's e-mail or phone, then a new password with it.</summary>
public sealed class PasswordResetTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task A_mailed_code_sets_a_new_password_once_and_confirms_the_address()
    {
        var member = await NewEmailMemberAsync(factory);
        using var anonymous = factory.NewHttpClient();
        Assert.False((await MeAsync(member.Http)).EmailVerified);

        await AssertStatusAsync(await RequestCodeAsync(anonymous, member.Email!), HttpStatusCode.Accepted);
        var code = LatestMailCode(factory, member.Email!);
        await AssertStatusAsync(await ResetAsync(anonymous, member.Email!, code, NewPassword), HttpStatusCode.NoContent);

        await AssertProblemAsync(await CreateTokenAsync(anonymous, member.Email!, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await CreateTokenAsync(anonymous, member.Email!, NewPassword), HttpStatusCode.Created);
        Assert.True((await MeAsync(member.Http)).EmailVerified);
        await AssertProblemAsync(await ResetAsync(anonymous, member.Email!, code, "yet another passphrase 3"), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
    }

    [Fact]
    public async Task A_texted_code_works_for_a_member_who_signs_in_by_phone()
    {
        var member = await NewPhoneMemberAsync(factory);
        using var anonymous = factory.NewHttpClient();

        await AssertStatusAsync(await RequestCodeAsync(anonymous, member.Phone!), HttpStatusCode.Accepted);
        await AssertStatusAsync(await ResetAsync(anonymous, member.Phone!, LatestSmsCode(factory, member.Phone!), NewPassword), HttpStatusCode.NoContent);

        await AssertStatusAsync(await CreateTokenAsync(anonymous, member.Phone!, NewPassword), HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_login_is_answered_like_a_known_one_and_no_code_opens_it()
    {
        using var anonymous = factory.NewHttpClient();
        var nobody = NewEmail();

        await AssertStatusAsync(await RequestCodeAsync(anonymous, nobody), HttpStatusCode.Accepted);

        Assert.Empty(MailsTo(factory, nobody));
        await AssertProblemAsync(await ResetAsync(anonymous, nobody, "123456", NewPassword), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
    }

    [Fact]
    public async Task A_wrong_code_or_a_weak_password_changes_nothing_and_the_right_code_still_works()
    {
        var member = await NewEmailMemberAsync(factory);
        using var anonymous = factory.NewHttpClient();
        await AssertStatusAsync(await RequestCodeAsync(anonymous, member.Email!), HttpStatusCode.Accepted);
        var code = LatestMailCode(factory, member.Email!);

        await AssertProblemAsync(await ResetAsync(anonymous, member.Email!, WrongCode(code), NewPassword), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await ResetAsync(anonymous, member.Email!, code, "short"), HttpStatusCode.BadRequest, ErrorCodes.WeakPassword);
        await AssertProblemAsync(await ResetAsync(anonymous, member.Email!, "", NewPassword), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertStatusAsync(await CreateTokenAsync(anonymous, member.Email!, Password), HttpStatusCode.Created);

        await AssertStatusAsync(await ResetAsync(anonymous, member.Email!, code, NewPassword), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Malformed_json_is_refused()
    {
        using var anonymous = factory.NewHttpClient();
        using var body = new StringContent("{\"login\": [", System.Text.Encoding.UTF8, "application/json");

        await AssertProblemAsync(await anonymous.PostAsync("/api/v1/auth/password/reset", body), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);
    }

    internal static Task<HttpResponseMessage> RequestCodeAsync(HttpClient http, string login) =>
        http.PostAsJsonAsync("/api/v1/auth/password/code", new { login }, Json);

    internal static Task<HttpResponseMessage> ResetAsync(HttpClient http, string login, string code, string newPassword) =>
        http.PostAsJsonAsync("/api/v1/auth/password/reset", new { login, code, newPassword }, Json);
}

/// <summary>Guessing codes locks the account as guessing passwords does (three failures here).</summary>
public sealed class PasswordResetLockoutTests(LockoutFactory factory) : IClassFixture<LockoutFactory>
{
    [Fact]
    public async Task Repeated_wrong_codes_lock_the_account()
    {
        var member = await NewEmailMemberAsync(factory);
        using var anonymous = factory.NewHttpClient();
        await AssertStatusAsync(await PasswordResetTests.RequestCodeAsync(anonymous, member.Email!), HttpStatusCode.Accepted);
        var code = LatestMailCode(factory, member.Email!);

        await AssertProblemAsync(await PasswordResetTests.ResetAsync(anonymous, member.Email!, WrongCode(code), NewPassword), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await PasswordResetTests.ResetAsync(anonymous, member.Email!, WrongCode(code), NewPassword), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await PasswordResetTests.ResetAsync(anonymous, member.Email!, WrongCode(code), NewPassword), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        // Locked: even the right code waits for the lockout to end.
        await AssertProblemAsync(await PasswordResetTests.ResetAsync(anonymous, member.Email!, code, NewPassword), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
    }
}
