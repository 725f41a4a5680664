using System.Net;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>The colleagues a hand-off can name (K-3, K-4): staff list them by role; members cannot.</summary>
public sealed class StaffDirectoryTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Staff_list_colleagues_by_role_and_members_cannot()
    {
        var crew = await DeskCrew.NewAsync(factory);

        var technicians = await ReadAsync<StaffList>(await crew.Agent.Http.GetAsync("/api/v1/desk/staff?role=technical-contact"), HttpStatusCode.OK);
        Assert.Contains(technicians.Items, s => s.Id == crew.Technician.Id && s.Login == crew.Technician.Email);
        Assert.Contains(technicians.Items, s => s.Id == crew.OtherTechnician.Id);
        Assert.DoesNotContain(technicians.Items, s => s.Id == crew.Agent.Id);

        var agents = await ReadAsync<StaffList>(await crew.Agent.Http.GetAsync("/api/v1/desk/staff?role=agent"), HttpStatusCode.OK);
        Assert.Contains(agents.Items, s => s.Id == crew.OtherAgent.Id);

        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/staff?role=overlord"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync("/api/v1/desk/staff?role=agent"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync("/api/v1/desk/staff?role=agent"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }
}
