using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Plans;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Server.IntegrationTests.Sharing;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>P-1 (Cooperative is granted by an admin) and P-6 (a bought term ends: back to the next plan still running).</summary>
public sealed class PlanGrantsTests(SandboxFactory factory) : IClassFixture<SandboxFactory>
{
    private static string GrantUrl(Member member) => $"/api/v1/admin/members/{member.Id}/plan-grant";

    private static async Task<(string? Plan, DateTimeOffset? ExpiresAt, long Total)> PlanOfAsync(Member member)
    {
        var me = await ReadJsonAsync(await member.Http.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        var expires = me.GetProperty("planExpiresAt");
        return (me.GetProperty("plan").GetString(), expires.ValueKind == JsonValueKind.Null ? null : expires.GetDateTimeOffset(),
            me.GetProperty("quota").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_granted_plan_survives_a_purchase_and_returns_when_the_bought_term_ends()
    {
        var admin = await Members.NewAdminAsync(factory);
        var partner = await Members.NewAsync(factory);

        var grant = await ReadAsync<PlanGrantDto>(await admin.Http.PutAsJsonAsync(GrantUrl(partner), new PlanGrantRequest("cooperative", null, "content partner")), HttpStatusCode.OK);
        Assert.Equal(("cooperative", admin.Id, "content partner"), (grant.Plan, grant.GrantedBy, grant.Reason));
        var (plan, expires, _) = await PlanOfAsync(partner);
        Assert.Equal(("cooperative", (DateTimeOffset?)null), (plan, expires));

        await SharingKit.GivePlanAsync(factory, partner, "vip98");
        Assert.Equal("vip98", (await PlanOfAsync(partner)).Plan);

        factory.Clock.Advance(TimeSpan.FromDays(367));
        (plan, expires, _) = await PlanOfAsync(partner);
        Assert.Equal(("cooperative", (DateTimeOffset?)null), (plan, expires));

        var capacity = await ReadAsync<CapacityLedgerDto>(await partner.Http.GetAsync("/api/v1/capacity"), HttpStatusCode.OK);
        Assert.Equal("cooperative", capacity.Rows[0].Reference);

        await AssertStatusAsync(await admin.Http.DeleteAsync(GrantUrl(partner)), HttpStatusCode.NoContent);
        await AssertStatusAsync(await admin.Http.DeleteAsync(GrantUrl(partner)), HttpStatusCode.NoContent);
        Assert.Equal("standard", (await PlanOfAsync(partner)).Plan);
        await AssertProblemAsync(await admin.Http.GetAsync(GrantUrl(partner)), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_grant_with_an_end_runs_out_like_a_bought_plan()
    {
        var admin = await Members.NewAdminAsync(factory);
        var partner = await Members.NewAsync(factory);
        var ends = factory.Clock.GetUtcNow().AddDays(10);
        await AssertStatusAsync(await admin.Http.PutAsJsonAsync(GrantUrl(partner), new PlanGrantRequest("cooperative", ends)), HttpStatusCode.OK);
        var (plan, expires, _) = await PlanOfAsync(partner);
        Assert.Equal(("cooperative", (DateTimeOffset?)ends), (plan, expires));
        Assert.Equal(ends, (await ReadAsync<PlanGrantDto>(await admin.Http.GetAsync(GrantUrl(partner)), HttpStatusCode.OK)).ExpiresAt);

        factory.Clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal("standard", (await PlanOfAsync(partner)).Plan);
    }

    [Fact]
    public async Task Only_admins_grant_only_free_plans_and_bad_grants_change_nothing()
    {
        var admin = await Members.NewAdminAsync(factory);
        var member = await Members.NewAsync(factory);
        var before = await PlanOfAsync(member);

        await AssertProblemAsync(await member.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("cooperative")), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("gold")), HttpStatusCode.BadRequest, ErrorCodes.PlanNotGrantable);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("standard")), HttpStatusCode.BadRequest, ErrorCodes.PlanNotGrantable);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("nope")), HttpStatusCode.NotFound, ErrorCodes.PlanUnknown);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("cooperative", factory.Clock.GetUtcNow().AddMinutes(-1))),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync(GrantUrl(member), new PlanGrantRequest("cooperative", null, new string('x', 501))),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await admin.Http.PutAsJsonAsync($"/api/v1/admin/members/{Guid.NewGuid()}/plan-grant", new PlanGrantRequest("cooperative")),
            HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await admin.Http.PutAsync(GrantUrl(member), new StringContent("{\"plan\":", System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);

        Assert.Equal(before, await PlanOfAsync(member));
        await AssertProblemAsync(await admin.Http.GetAsync(GrantUrl(member)), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Staff_find_a_member_by_the_exact_login_only()
    {
        var admin = await Members.NewAdminAsync(factory);
        var member = await Members.NewAsync(factory);

        var found = await ReadAsync<Yunpan.Contracts.Accounts.MemberFoundDto>(
            await admin.Http.GetAsync($"/api/v1/admin/members?login={Uri.EscapeDataString(member.Email.ToUpperInvariant())}"), HttpStatusCode.OK);
        Assert.Equal(member.Id, found.Id);
        Assert.Empty(found.Roles);

        await AssertProblemAsync(await admin.Http.GetAsync("/api/v1/admin/members?login=" + Uri.EscapeDataString(member.Email[..5])), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await admin.Http.GetAsync("/api/v1/admin/members"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await member.Http.GetAsync($"/api/v1/admin/members?login={Uri.EscapeDataString(admin.Email)}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }
}
