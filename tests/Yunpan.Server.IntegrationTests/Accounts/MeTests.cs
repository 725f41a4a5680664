using System.Net;
using System.Text.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>GET /api/v1/me: the stable shape (plan id, quota {used, total}) and the account's details.</summary>
public sealed class MeTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task A_new_email_member_is_on_the_standard_plan_with_an_empty_5GB_quota()
    {
        var now = factory.Clock.GetUtcNow();
        var member = await NewEmailMemberAsync(factory);

        var me = await ReadJsonAsync(await member.Http.GetAsync("/api/v1/me"), HttpStatusCode.OK);

        Assert.Equal(member.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(member.Email, me.GetProperty("email").GetString());
        Assert.False(me.GetProperty("emailVerified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("phone").ValueKind);
        Assert.False(me.GetProperty("phoneVerified").GetBoolean());
        Assert.Equal("standard", me.GetProperty("plan").GetString());
        Assert.Equal("Standard", me.GetProperty("planName").GetString());
        var quota = me.GetProperty("quota");
        Assert.Equal(0, quota.GetProperty("used").GetInt64());
        Assert.Equal(StandardCapacity, quota.GetProperty("total").GetInt64());
        Assert.Equal(1_073_741_824, me.GetProperty("maxUpload").GetInt64());
        Assert.Equal(JsonValueKind.Array, me.GetProperty("roles").ValueKind);
        Assert.Equal(0, me.GetProperty("roles").GetArrayLength());
        Assert.Equal(now, me.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_phone_member_has_the_same_plan_and_quota()
    {
        var member = await NewPhoneMemberAsync(factory);

        var me = await MeAsync(member.Http);

        Assert.Equal(member.Id, me.Id);
        Assert.Null(me.Email);
        Assert.Equal(member.Phone, me.Phone);
        Assert.Equal("standard", me.Plan);
        Assert.Equal(0, me.Quota.Used);
        Assert.Equal(StandardCapacity, me.Quota.Total);
        Assert.Empty(me.Roles);
    }

    [Fact]
    public async Task Each_token_sees_its_own_member()
    {
        var alice = await NewEmailMemberAsync(factory);
        var bob = await NewPhoneMemberAsync(factory);

        Assert.Equal(alice.Id, (await MeAsync(alice.Http)).Id);
        Assert.Equal(bob.Id, (await MeAsync(bob.Http)).Id);
    }

    [Fact]
    public async Task The_quota_counts_the_members_uploads()
    {
        var member = await NewEmailMemberAsync(factory);
        using var content = new ByteArrayContent(new byte[1234]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        await AssertStatusAsync(await member.Http.PutAsync("/api/v1/content/quota-probe.bin", content), HttpStatusCode.Created);

        var me = await MeAsync(member.Http);

        Assert.Equal(1234, me.Quota.Used);
        Assert.Equal(StandardCapacity, me.Quota.Total);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_problem_json()
    {
        using var http = factory.NewHttpClient();

        var problem = await AssertProblemAsync(await http.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);

        Assert.Equal("/api/v1/me", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task A_member_cannot_close_the_account_through_the_api()
    {
        var member = await NewEmailMemberAsync(factory);

        var response = await member.Http.DeleteAsync("/api/v1/me");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
    }
}
