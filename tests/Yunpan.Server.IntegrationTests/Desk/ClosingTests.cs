using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-6: outcome, rating through the case's link, reopening on "dissatisfied", the problem archive.</summary>
public sealed class ClosingTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task A_dissatisfied_customer_reopens_the_complaint_and_a_satisfied_one_closes_it_into_the_archive()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var form = new ComplaintFormDto(null, null, "下载卡在 0%", "昨天晚上", null, null, null, null, "business-processing");
        var opened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "下载一直是 0%", "下载不动", Complaint: form)), HttpStatusCode.Created);
        await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null);

        await AssertProblemAsync(await crew.Customer.Http.PostAsJsonAsync($"/api/v1/cases/{opened.Id}/rating", new RatingRequest("satisfied")),
            HttpStatusCode.Conflict, ErrorCodes.CaseNotResolved);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve", new ResolveRequest("已修复")),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve",
            new ResolveRequest("这不关我的事，是你的网络问题", "s", "l")), HttpStatusCode.UnprocessableEntity, ErrorCodes.BannedPhrase);

        var resolve = new ResolveRequest("您好，下载服务器的问题已经修复，请您再试一次。", "下载节点故障导致下载卡在 0%", "节点健康检查要覆盖下载链路");
        var resolved = await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve", resolve), HttpStatusCode.OK);
        Assert.Equal("resolved", resolved.Status);

        var customerView = await ReadAsync<CaseDto>(await crew.Customer.Http.GetAsync($"/api/v1/cases/{opened.Id}"), HttpStatusCode.OK);
        Assert.Equal((resolve.Outcome, $"/api/v1/cases/{opened.Id}/rating"), (customerView.Outcome, customerView.RatingUrl));
        await AssertProblemAsync(await crew.OtherCustomer.Http.PostAsJsonAsync(customerView.RatingUrl, new RatingRequest("satisfied")), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.Customer.Http.PostAsJsonAsync(customerView.RatingUrl, new RatingRequest("meh")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var reopened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync(customerView.RatingUrl, new RatingRequest("dissatisfied")), HttpStatusCode.OK);
        Assert.Equal(("open", "dissatisfied", crew.Agent.Id), (reopened.Status, reopened.Satisfaction, reopened.OwnerId));
        var staffView = await ReadAsync<CaseDto>(await crew.Agent.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}"), HttpStatusCode.OK);
        Assert.Single(staffView.Deadlines!, d => d.Kind == "follow-up");
        Assert.Empty((await ReadAsync<ArchiveList>(await crew.Agent.Http.GetAsync("/api/v1/desk/archive?q=下载节点"), HttpStatusCode.OK)).Items);

        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve", resolve with { Outcome = "您好，我们已为您更换下载节点，请您再试。" }), HttpStatusCode.OK);
        var closed = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync(customerView.RatingUrl, new RatingRequest("very-satisfied")), HttpStatusCode.OK);
        Assert.Equal(("closed", "very-satisfied"), (closed.Status, closed.Satisfaction));
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好")), HttpStatusCode.Conflict, ErrorCodes.CaseClosed);

        var archive = await ReadAsync<ArchiveList>(await crew.Agent.Http.GetAsync("/api/v1/desk/archive?q=健康检查"), HttpStatusCode.OK);
        var entry = Assert.Single(archive.Items);
        Assert.Equal((opened.Number, resolve.Summary, resolve.Lessons), (entry.CaseNumber, entry.Summary, entry.Lessons));
        Assert.Empty((await ReadAsync<ArchiveList>(await crew.Agent.Http.GetAsync("/api/v1/desk/archive?q=100%25"), HttpStatusCode.OK)).Items);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync("/api/v1/desk/archive"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }
}
