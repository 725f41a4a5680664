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
        Assert.Empty(context.Storage.FailedDownloads);
    }

    [Fact]
    public async Task A_download_the_member_broke_off_shows_beside_the_case_and_a_ranged_one_does_not()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var customer = crew.Customer;
        var big = new byte[16 * 1024 * 1024];
        Assert.Equal(HttpStatusCode.Created, (await customer.Http.PutAsync("/api/v1/content/film.mkv", new ByteArrayContent(big))).StatusCode);

        // A whole-file download that stops after the first bytes, as a browser's "stuck at 99 %" does.
        await BreakOffAsync(customer.Http, new HttpRequestMessage(HttpMethod.Get, "/api/v1/content/film.mkv"));
        // A player's ranged request, cancelled the same way, is ordinary and not recorded.
        var ranged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content/film.mkv");
        ranged.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, null);
        await BreakOffAsync(customer.Http, ranged);
        // A download that finishes is not a failure either.
        Assert.Equal(big.Length, (await customer.Http.GetByteArrayAsync("/api/v1/content/film.mkv")).Length);

        var opened = await ReadAsync<CaseDto>(await customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("consultation", "下载卡住", "下载到 99% 就不动了")), HttpStatusCode.Created);
        var failed = await FailedDownloadsAsync(crew.Agent, opened.Id, atLeast: 1);

        var broken = Assert.Single(failed);
        Assert.Equal(("/film.mkv", (long)big.Length), (broken.Path, broken.Size));
    }

    /// <summary>Reads the first bytes of a response and hangs up.</summary>
    private static async Task BreakOffAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        await using var body = await response.Content.ReadAsStreamAsync();
        var some = new byte[64 * 1024];
        await body.ReadAtLeastAsync(some, some.Length);
    }

    private static async Task<IReadOnlyList<CustomerDownloadDto>> FailedDownloadsAsync(Member agent, Guid caseId, int atLeast)
    {
        // The note is written in the background once the server's thread pool hears that the connection went, which on
        // two cores shared with the rest of the suite can lag the client by seconds.
        for (var attempt = 0; ; attempt++)
        {
            var context = await ReadAsync<CustomerContextDto>(await agent.Http.GetAsync($"/api/v1/desk/cases/{caseId}/customer"), HttpStatusCode.OK);
            if (context.Storage!.FailedDownloads.Count >= atLeast || attempt == 200)
            {
                return context.Storage.FailedDownloads;
            }

            await Task.Delay(100);
        }
    }
}
