using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-12: masked personal data for staff, the audited reveal, and an audit log only supervisors read.</summary>
public sealed class CustomerContextTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Staff_see_masked_contacts_until_they_reveal_them_and_only_supervisors_read_the_audit()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var form = new ComplaintFormDto(null, null, "分享链接打不开", "今天", null, "李女士", "13800000199", "li@example.com");
        var opened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "链接", "打不开", Complaint: form)), HttpStatusCode.Created);

        var staffView = await ReadAsync<CaseDto>(await crew.Agent.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}"), HttpStatusCode.OK);
        Assert.Equal(("138****0199", "l***@example.com"), (staffView.Complaint!.ContactPhone, staffView.Complaint.ContactEmail));

        var masked = await ReadAsync<CustomerContextDto>(await crew.Agent.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}/customer"), HttpStatusCode.OK);
        Assert.False(masked.Revealed);
        Assert.Equal(crew.Customer.Email[0] + "***@example.com", masked.Email);
        Assert.Equal("138****0199", masked.ComplaintContactPhone);
        var audit = await ReadAsync<RevealAuditList>(await crew.Supervisor.Http.GetAsync("/api/v1/desk/audit/reveals"), HttpStatusCode.OK);
        Assert.DoesNotContain(audit.Items, r => r.CaseId == opened.Id);

        var revealed = await ReadAsync<CustomerContextDto>(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/customer/reveal", null), HttpStatusCode.OK);
        Assert.Equal((true, crew.Customer.Email, "13800000199"), (revealed.Revealed, revealed.Email, revealed.ComplaintContactPhone));

        audit = await ReadAsync<RevealAuditList>(await crew.Supervisor.Http.GetAsync("/api/v1/desk/audit/reveals"), HttpStatusCode.OK);
        var record = Assert.Single(audit.Items, r => r.CaseId == opened.Id);
        Assert.Equal((crew.Agent.Id, crew.Customer.Id, opened.Number), (record.StaffId, record.MemberId, record.CaseNumber));

        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/audit/reveals"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync("/api/v1/desk/audit/reveals"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}/customer"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/customer/reveal", null), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }
}
