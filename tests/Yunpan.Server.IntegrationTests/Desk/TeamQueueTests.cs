using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-13: suggestions and praise are thanked at once and wait in their own queue for the team that takes them.</summary>
public sealed class TeamQueueTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Suggestions_and_praise_have_their_own_queue_and_the_customer_is_thanked()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var praise = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("praise", "客服很耐心", "谢谢 1024 号客服")), HttpStatusCode.Created);
        var question = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("consultation", "怎么分享", "怎么分享文件夹")), HttpStatusCode.Created);

        var queue = await ReadAsync<CaseList>(await crew.Supervisor.Http.GetAsync("/api/v1/desk/cases?type=suggestion,praise"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, c => c.Id == praise.Id);
        Assert.DoesNotContain(queue.Items, c => c.Id == question.Id);
        Assert.All(queue.Items, c => Assert.Contains(c.Type, new[] { "suggestion", "praise" }));

        var view = await ReadAsync<CaseDto>(await crew.Customer.Http.GetAsync($"/api/v1/cases/{praise.Id}"), HttpStatusCode.OK);
        Assert.Contains(view.Timeline!, e => e.Kind == "reply" && e.Body!.Contains("谢谢", StringComparison.Ordinal));

        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/cases?type=compliment"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }
}
