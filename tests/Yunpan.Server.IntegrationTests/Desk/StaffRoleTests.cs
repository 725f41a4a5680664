using System.Net;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

public sealed class StaffRoleTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Admins_grant_and_revoke_roles_and_nobody_else_can()
    {
        var admin = await Members.NewAdminAsync(factory);
        var member = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);

        await AssertProblemAsync(await member.Http.PutAsync($"/api/v1/admin/members/{member.Id}/roles/agent", null), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var granted = await ReadAsync<MemberRolesDto>(await admin.Http.PutAsync($"/api/v1/admin/members/{other.Id}/roles/{Roles.Supervisor}", null), HttpStatusCode.OK);
        Assert.Equal([Roles.Supervisor], granted.Roles);
        var me = await ReadJsonAsync(await other.Http.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Contains(Roles.Supervisor, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        await AssertProblemAsync(await admin.Http.PutAsync($"/api/v1/admin/members/{other.Id}/roles/overlord", null), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await admin.Http.PutAsync($"/api/v1/admin/members/{Guid.NewGuid()}/roles/agent", null), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await admin.Http.DeleteAsync($"/api/v1/admin/members/{admin.Id}/roles/admin"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var revoked = await ReadAsync<MemberRolesDto>(await admin.Http.DeleteAsync($"/api/v1/admin/members/{other.Id}/roles/{Roles.Supervisor}"), HttpStatusCode.OK);
        Assert.Empty(revoked.Roles);
    }
}
