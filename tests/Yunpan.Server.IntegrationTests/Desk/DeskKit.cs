using System.Net;
using Yunpan.Contracts.Accounts;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>Staff for the desk tests: roles granted over HTTP by an administrator (Members.NewAdminAsync).</summary>
public static class DeskKit
{
    public static async Task<Member> StaffAsync(YunpanFactory factory, Member admin, params string[] roles)
    {
        var member = await Members.NewAsync(factory);
        foreach (var role in roles)
        {
            var granted = await ReadAsync<MemberRolesDto>(await admin.Http.PutAsync($"/api/v1/admin/members/{member.Id}/roles/{role}", null), HttpStatusCode.OK);
            Assert.Contains(role, granted.Roles);
        }

        return member;
    }

    public static Task<Member> AgentAsync(YunpanFactory factory, Member admin) => StaffAsync(factory, admin, Roles.Agent);
}

/// <summary>A desk with its roles: an admin, two agents, a supervisor, two technical contacts and two members.</summary>
public sealed record DeskCrew(Member Admin, Member Agent, Member OtherAgent, Member Supervisor, Member Technician, Member OtherTechnician, Member Customer, Member OtherCustomer)
{
    public static async Task<DeskCrew> NewAsync(YunpanFactory factory)
    {
        var admin = await Members.NewAdminAsync(factory);
        return new DeskCrew(admin,
            await DeskKit.AgentAsync(factory, admin),
            await DeskKit.AgentAsync(factory, admin),
            await DeskKit.StaffAsync(factory, admin, Roles.Supervisor),
            await DeskKit.StaffAsync(factory, admin, Roles.TechnicalContact),
            await DeskKit.StaffAsync(factory, admin, Roles.TechnicalContact),
            await Members.NewAsync(factory),
            await Members.NewAsync(factory));
    }
}
