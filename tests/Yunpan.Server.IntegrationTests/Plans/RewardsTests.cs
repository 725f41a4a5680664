using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Plans;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>R-1…R-4 and the capacity ledger through the front door. The tests share one clock and move it forward only;
/// each uses its own members. The fixture's clock starts at 08:00 UTC, 16:00 in Shanghai (the reward time zone).</summary>
public sealed class RewardsTests(RewardsFactory factory) : IClassFixture<RewardsFactory>
{
    private const long GiB = 1L << 30;

    private static async Task<RewardsDto> RewardsAsync(Member member) =>
        await ReadAsync<RewardsDto>(await member.Http.GetAsync("/api/v1/rewards"), HttpStatusCode.OK);

    private static async Task<CapacityLedgerDto> LedgerAsync(Member member) =>
        await ReadAsync<CapacityLedgerDto>(await member.Http.GetAsync("/api/v1/capacity"), HttpStatusCode.OK);

    /// <summary>A password sign-in from a script: HTTP Basic on the token endpoint.</summary>
    private async Task SignInAsync(Member member, string userAgent = "tests")
    {
        using var http = factory.NewHttpClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        await AssertStatusAsync(await CreateTokenAsync(http, member.Email, Members.Password, new { name = "sign-in" }), HttpStatusCode.Created);
    }

    /// <summary>Moves the clock to the next day's 00:30 in Shanghai (16:30 UTC).</summary>
    private void NextShanghaiMorning()
    {
        var now = factory.Clock.GetUtcNow();
        var target = new DateTimeOffset(now.Year, now.Month, now.Day, 16, 30, 0, TimeSpan.Zero);
        if (target <= now)
        {
            target = target.AddDays(1);
        }

        factory.Clock.SetUtcNow(target);
    }

    [Fact]
    public async Task Sign_in_earns_points_once_per_day_of_the_reward_time_zone()
    {
        var member = await Members.NewAsync(factory); // registering and creating a token over Basic is a sign-in
        Assert.Equal(10, (await RewardsAsync(member)).Points);
        Assert.True((await RewardsAsync(member)).SignedInToday);

        await SignInAsync(member);
        Assert.Equal(10, (await RewardsAsync(member)).Points);

        NextShanghaiMorning();
        Assert.False((await RewardsAsync(member)).SignedInToday);
        await SignInAsync(member);
        await SignInAsync(member);
        Assert.Equal(20, (await RewardsAsync(member)).Points);
    }

    [Fact]
    public async Task Check_in_grants_at_least_the_minimum_once_a_day_and_the_quota_grows_by_it()
    {
        var member = await Members.NewAsync(factory);
        var before = (await MeAsync(member.Http)).Quota.Total;

        var first = await ReadAsync<CheckInResult>(await member.Http.PostAsync("/api/v1/rewards/check-in", null), HttpStatusCode.OK);
        Assert.True(first.Bytes >= 8L << 20, $"a check-in gave {first.Bytes} bytes");
        Assert.Equal(before + first.Bytes, (await MeAsync(member.Http)).Quota.Total);
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/check-in", null), HttpStatusCode.Conflict, ErrorCodes.CheckedInToday);
        Assert.True((await RewardsAsync(member)).CheckIn.CheckedInToday);

        NextShanghaiMorning();
        var second = await ReadAsync<CheckInResult>(await member.Http.PostAsync("/api/v1/rewards/check-in", null), HttpStatusCode.OK);
        Assert.Equal(first.Bytes + second.Bytes, second.TotalBytes);
        Assert.Equal(before + second.TotalBytes, (await MeAsync(member.Http)).Quota.Total);

        var ledger = await LedgerAsync(member);
        Assert.Equal(2, ledger.Rows.Count(r => r.Source == "check-in" && r.ExpiresAt is null));
        Assert.Equal(ledger.Total, ledger.Rows.Where(r => r.Active).Sum(r => r.Bytes));
    }

    [Fact]
    public async Task Concurrent_check_ins_grant_once()
    {
        var member = await Members.NewAsync(factory);
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => member.Http.PostAsync("/api/v1/rewards/check-in", null)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, (await RewardsAsync(member)).CheckIn.Count);
    }

    [Fact]
    public async Task Points_buy_capacity_for_a_year_at_most_once_a_year()
    {
        var member = await Members.NewAsync(factory);
        var standard = (await MeAsync(member.Http)).Quota.Total;
        var refused = await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/redeem", null), HttpStatusCode.Conflict, ErrorCodes.PointsInsufficient);
        Assert.Equal(10, refused.GetProperty("points").GetInt32());

        NextShanghaiMorning();
        await SignInAsync(member);
        var redeemed = await ReadAsync<RedemptionResult>(await member.Http.PostAsync("/api/v1/rewards/redeem", null), HttpStatusCode.OK);
        Assert.Equal((0, 30 * GiB), (redeemed.PointsLeft, redeemed.Bytes));
        Assert.Equal(standard + 30 * GiB, (await MeAsync(member.Http)).Quota.Total);
        var row = Assert.Single((await LedgerAsync(member)).Rows, r => r.Source == "points");
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(365), row.ExpiresAt);

        // Enough points again two days later, but a year has not passed.
        NextShanghaiMorning();
        await SignInAsync(member);
        NextShanghaiMorning();
        await SignInAsync(member);
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/redeem", null), HttpStatusCode.Conflict, ErrorCodes.RedeemedThisYear);
        Assert.Equal(20, (await RewardsAsync(member)).Points);

        // A year on, the grant has run out and the next redemption is allowed.
        factory.Clock.Advance(TimeSpan.FromDays(364));
        Assert.Equal(standard, (await MeAsync(member.Http)).Quota.Total);
        Assert.False(Assert.Single((await LedgerAsync(member)).Rows, r => r.Source == "points").Active);
        await AssertStatusAsync(await member.Http.PostAsync("/api/v1/rewards/redeem", null), HttpStatusCode.OK);
        Assert.Equal(standard + 30 * GiB, (await MeAsync(member.Http)).Quota.Total);
    }

    [Fact]
    public async Task Invitations_are_limited_per_day_and_in_all_even_when_requested_at_once()
    {
        var member = await Members.NewAsync(factory);
        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => member.Http.PostAsync("/api/v1/rewards/invitations", null)));
        Assert.Equal(5, burst.Count(r => r.StatusCode == HttpStatusCode.Created));
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/invitations", null), HttpStatusCode.Conflict, ErrorCodes.InvitationLimit);

        for (var day = 0; day < 3; day++)
        {
            NextShanghaiMorning();
            for (var i = 0; i < 5; i++)
            {
                await AssertStatusAsync(await member.Http.PostAsync("/api/v1/rewards/invitations", null), HttpStatusCode.Created);
            }
        }

        NextShanghaiMorning();
        var total = await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/invitations", null), HttpStatusCode.Conflict, ErrorCodes.InvitationLimit);
        Assert.Contains("20", total.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var list = await ReadAsync<InvitationList>(await member.Http.GetAsync("/api/v1/rewards/invitations"), HttpStatusCode.OK);
        Assert.Equal(20, list.Items.Select(i => i.Code).Distinct().Count());
        var status = (await RewardsAsync(member)).Invitations;
        Assert.Equal((0, 20), (status.IssuedToday, status.IssuedTotal));
    }

    [Fact]
    public async Task An_invitation_credits_the_inviter_once_the_invitee_verifies()
    {
        var inviter = await Members.NewAsync(factory);
        var invitation = await ReadAsync<InvitationDto>(await inviter.Http.PostAsync("/api/v1/rewards/invitations", null), HttpStatusCode.Created);
        Assert.EndsWith($"/signup?invite={invitation.Code}", invitation.Url, StringComparison.Ordinal);
        var before = (await MeAsync(inviter.Http)).Quota.Total;

        using var anonymous = factory.NewHttpClient();
        var email = NewEmail();
        await AssertStatusAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/register", new RegisterRequest(email, null, Members.Password, invitation.Code.ToLowerInvariant())), HttpStatusCode.Created);
        var listed = Assert.Single((await ReadAsync<InvitationList>(await inviter.Http.GetAsync("/api/v1/rewards/invitations"), HttpStatusCode.OK)).Items);
        Assert.True(listed.Accepted);
        Assert.False(listed.Rewarded);
        Assert.Equal(before, (await MeAsync(inviter.Http)).Quota.Total);

        // The same code cannot be used twice.
        var second = NewEmail();
        await AssertStatusAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/register", new RegisterRequest(second, null, Members.Password, invitation.Code)), HttpStatusCode.Created);

        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(anonymous, email, Members.Password), HttpStatusCode.Created);
        using var invitee = BearerClient(factory, token.Token);
        await AssertStatusAsync(await invitee.PostAsJsonAsync("/api/v1/me/email/verify", new { code = LatestMailCode(factory, email) }), HttpStatusCode.NoContent);

        Assert.Equal(before + GiB, (await MeAsync(inviter.Http)).Quota.Total);
        Assert.Equal(1, (await RewardsAsync(inviter)).Invitations.Rewarded);
        Assert.Single((await LedgerAsync(inviter)).Rows, r => r.Source == "invitation");
    }

    [Fact]
    public async Task Starter_tasks_are_done_by_activity_and_claimed_once_each()
    {
        var member = await Members.NewAsync(factory);
        var before = (await MeAsync(member.Http)).Quota.Total;

        await member.Client.UploadAsync("/one.txt", new MemoryStream("one"u8.ToArray()));
        await member.Client.UploadAsync("/two.txt", new MemoryStream("two"u8.ToArray()));
        await SignInAsync(member, "yunpan/1.0 (linux)");
        await SignInAsync(member, "yunpan/1.0 (linux)");
        using (var phone = factory.NewHttpClient())
        {
            phone.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36");
            await AssertStatusAsync(await phone.PostAsJsonAsync("/api/v1/auth/signin", new SignInRequest(member.Email, Members.Password)), HttpStatusCode.OK);
        }

        await AssertStatusAsync(await member.Http.PostAsJsonAsync("/api/v1/me/email/verify", new { code = LatestMailCode(factory, member.Email) }), HttpStatusCode.NoContent);

        var rewards = await RewardsAsync(member);
        var done = rewards.Tasks.Where(t => t.DoneAt is not null).Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["cli-sign-in", "first-upload", "mobile-sign-in", "verify-email"], done);
        Assert.All(rewards.Tasks, t => Assert.Null(t.ClaimedAt));
        Assert.Equal(before, (await MeAsync(member.Http)).Quota.Total); // done is not yet granted: the member claims

        foreach (var id in done)
        {
            await AssertStatusAsync(await member.Http.PostAsync($"/api/v1/rewards/tasks/{id}/claim", null), HttpStatusCode.OK);
        }

        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/tasks/first-upload/claim", null), HttpStatusCode.Conflict, ErrorCodes.TaskClaimed);
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/tasks/first-share/claim", null), HttpStatusCode.Conflict, ErrorCodes.TaskNotDone);
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/rewards/tasks/climb-everest/claim", null), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        Assert.Equal(before + (19 * GiB), (await MeAsync(member.Http)).Quota.Total); // 5 + 5 + 5 + 4
        Assert.Equal(4, (await LedgerAsync(member)).Rows.Count(r => r.Source == "task"));
        Assert.All((await RewardsAsync(member)).Tasks.Where(t => t.DoneAt is not null), t => Assert.NotNull(t.ClaimedAt));
    }

    [Fact]
    public async Task Rewards_need_a_member_and_another_members_ledger_needs_staff()
    {
        using var anonymous = factory.NewHttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/rewards")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/rewards/check-in", null)).StatusCode);
        var member = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync($"/api/v1/admin/members/{other.Id}/capacity")).StatusCode);
    }
}
