using System.Diagnostics;
using System.Net;
using Yunpan.Contracts.Errors;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-4: a lockout lasts Accounts:LockoutDuration (two seconds here), then the right password works again.</summary>
public sealed class LockoutExpiryTests(ShortLockoutFactory factory) : IClassFixture<ShortLockoutFactory>
{
    [Fact]
    public async Task The_lockout_ends_after_the_lockout_duration()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        var locked = await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);
        var until = locked.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromSeconds(3));

        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            response = await CreateTokenAsync(http, member.Email!, Password);
        }
        while (response.StatusCode == HttpStatusCode.Locked && watch.Elapsed < TimeSpan.FromSeconds(15));

        await AssertStatusAsync(response, HttpStatusCode.Created);
        Assert.True(DateTimeOffset.UtcNow >= until, "The lockout ended before lockedUntil.");
    }

    [Fact]
    public async Task Polling_a_locked_account_with_the_right_password_does_not_extend_the_lockout()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        await CreateTokenAsync(http, member.Email!, "wrong password!");
        var first = await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "wrong password!"), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var later = await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        // Equal up to the database's time resolution (well under a millisecond).
        var extension = later.GetProperty("lockedUntil").GetDateTimeOffset() - first.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.InRange(extension.Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
    }
}
