using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Server.IntegrationTests.Uploads;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-12: beside a case, the member's plan, space in use, unfinished uploads and links — read through Core's interfaces.</summary>
public sealed class CustomerSummaryTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task The_agent_sees_plan_quota_stalled_uploads_and_links_with_contacts_still_masked()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var customer = crew.Customer;
        Assert.Equal(HttpStatusCode.Created, (await customer.Http.PutAsync("/api/v1/content/Docs/report.txt?parents=true", new StringContent("twelve bytes"))).StatusCode);
        await ReadAsync<ShareLinkDto>(await customer.Http.PostAsJsonAsync("/api/v1/shares", new { path = "/Docs/report.txt" }), HttpStatusCode.Created);
        // An upload that stopped part-way: created, never finished.
        await Tus.StartAsync(customer, "/Docs/big.iso", 5_000_000);

        var opened = await ReadAsync<CaseDto>(await customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("consultation", "上传停了", "大文件上传到一半停了")), HttpStatusCode.Created);
        var context = await ReadAsync<CustomerContextDto>(await crew.Agent.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}/customer"), HttpStatusCode.OK);

        Assert.False(context.Revealed);
        Assert.Equal(customer.Email[0] + "***@example.com", context.Email);
        Assert.Equal("standard", context.Plan!.Id);
        Assert.True(context.Plan.Capacity >= 5L * 1024 * 1024 * 1024);
        Assert.Empty(context.Plan.Orders);
        Assert.Equal(12, context.Storage!.Files);
        Assert.Equal(5_000_012, context.Storage.Used);
        var stalled = Assert.Single(context.Storage.UnfinishedUploads);
        Assert.Equal((5_000_000L, 0L), (stalled.Length, stalled.Offset));
        Assert.Contains("big.iso", stalled.Path);
        Assert.Equal((1, 1), (context.Links!.Total, context.Links.Active));
        var link = Assert.Single(context.Links.Recent);
        Assert.Equal(("active", false), (link.Status, link.Encrypted));
    }
}
