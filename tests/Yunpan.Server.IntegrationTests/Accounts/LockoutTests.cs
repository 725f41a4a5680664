using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-4 brute-force protection: Accounts:MaxFailedSignIns (3 here) failures lock the account.</summary>
public sealed class LockoutTests(LockoutFactory factory) : IClassFixture<LockoutFactory>
{
    private const int MaxFailedSignIns = 3;

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        for (var attempt = 1; attempt < MaxFailedSignIns; attempt++)
        {
            await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        }

        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        var locked = await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
        var until = locked.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.True(until > factory.Clock.GetUtcNow(), $"lockedUntil {until:O} is not in the future");
        await AssertProblemAsync(
            await http.PostAsJsonAsync("/api/v1/auth/signin", new { login = member.Email, password = Password }, Json), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
    }

    [Fact]
    public async Task A_lockout_does_not_cut_off_existing_access_tokens()
    {
        // Otherwise anyone who knows a member's e-mail could disconnect their CLI and sync clients at will.
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        for (var attempt = 1; attempt <= MaxFailedSignIns; attempt++)
        {
            await CreateTokenAsync(http, member.Email!, "wrong password!");
        }

        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
    }

    [Fact]
    public async Task The_phone_login_counts_towards_the_same_lockout()
    {
        var member = await NewPhoneMemberAsync(factory);
        using var http = factory.NewHttpClient();

        for (var attempt = 1; attempt <= MaxFailedSignIns; attempt++)
        {
            var response = await CreateTokenAsync(http, member.Phone!, "wrong password!");
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Locked });
        }

        await AssertProblemAsync(await CreateTokenAsync(http, member.Phone!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
    }

    [Fact]
    public async Task A_lockout_touches_only_the_attacked_account()
    {
        var victim = await NewEmailMemberAsync(factory);
        var bystander = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        for (var attempt = 1; attempt <= MaxFailedSignIns; attempt++)
        {
            await CreateTokenAsync(http, victim.Email!, "wrong password!");
        }

        await AssertProblemAsync(await CreateTokenAsync(http, victim.Email!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
        await AssertStatusAsync(await CreateTokenAsync(http, bystander.Email!, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_failure_count()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        for (var round = 0; round < 3; round++)
        {
            for (var attempt = 1; attempt < MaxFailedSignIns; attempt++)
            {
                await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
            }

            await AssertStatusAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Unknown_logins_never_answer_locked()
    {
        using var http = factory.NewHttpClient();
        var nobody = NewEmail();

        for (var attempt = 0; attempt <= MaxFailedSignIns * 2; attempt++)
        {
            await AssertProblemAsync(await CreateTokenAsync(http, nobody, "wrong password!"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        }
    }
}
