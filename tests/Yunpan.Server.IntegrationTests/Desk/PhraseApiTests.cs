using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>
/// K-7 through the front door. The server's fake clock starts on Monday 2026-11-23 at 16:00 in Beijing: an afternoon,
/// so the greeting is the plain "您好".
/// </summary>
public sealed class PhraseApiTests : IDisposable
{
    private readonly YunpanFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Phrases_are_rendered_for_the_case_and_the_time_of_day()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        var form = new ComplaintFormDto(null, null, "上传总是停在一半", "昨天晚上", null, "张伟", "13800000199", null, "simple");
        var complaint = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "上传失败", "上传总是停在一半", Complaint: form)), HttpStatusCode.Created);

        var received = await ReadAsync<StandardPhraseList>(
            await crew.Agent.Http.GetAsync($"/api/v1/desk/phrases?situation=complaint-received&caseId={complaint.Id}"), HttpStatusCode.OK);
        var phrase = Assert.Single(received.Items);
        Assert.Equal("complaint-received", phrase.Situation);
        Assert.Contains("张伟", phrase.Text);
        Assert.Contains(complaint.Number, phrase.Text);
        Assert.Contains("12 小时", phrase.Text);
        Assert.Contains("{promisedHours}", phrase.Template);
        Assert.Equal(("您好", "祝您生活愉快！"), (received.Greeting, received.Closing));

        var greeting = await ReadAsync<StandardPhraseList>(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases?situation=greeting"), HttpStatusCode.OK);
        Assert.Contains(greeting.Items, p => p.Text.StartsWith("您好！", StringComparison.Ordinal));
        // Without a case the name stays for the agent to fill in.
        Assert.Contains(greeting.Items, p => p.Text.StartsWith("{customerName}，您好！", StringComparison.Ordinal));

        // Tuesday 09:00 in Beijing.
        _factory.Clock.Advance(TimeSpan.FromHours(17));
        var morning = await ReadAsync<StandardPhraseList>(await crew.Agent.Http.GetAsync($"/api/v1/desk/phrases?caseId={complaint.Id}"), HttpStatusCode.OK);
        Assert.Equal("早上好", morning.Greeting);
        Assert.Contains(morning.Items, p => p.Text == "张伟，早上好！请问有什么可以帮助您？");
        Assert.True(morning.Items.Count >= 20);

        var situations = await ReadAsync<PhraseSituationList>(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases/situations"), HttpStatusCode.OK);
        Assert.Contains("complaint-received", situations.Items);
        Assert.Contains("promisedHours", situations.Variables);

        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases?situation=shouting"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Agent.Http.GetAsync($"/api/v1/desk/phrases?caseId={Guid.NewGuid()}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Only_staff_read_and_only_supervisors_edit_and_a_refused_edit_changes_nothing()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        using var anonymous = _factory.NewHttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/desk/phrases")).StatusCode);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync("/api/v1/desk/phrases"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync("/api/v1/desk/phrases/situations"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var request = new StandardPhraseRequest("closing", "结束语（周末）", "{customerName}，感谢您的耐心，{closing}");
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync("/api/v1/desk/phrases", request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var added = await ReadAsync<StandardPhraseDto>(await crew.Supervisor.Http.PostAsJsonAsync("/api/v1/desk/phrases", request), HttpStatusCode.Created);
        Assert.Equal(("closing", request.Text), (added.Situation, added.Template));

        await AssertProblemAsync(await crew.Supervisor.Http.PutAsJsonAsync($"/api/v1/desk/phrases/{added.Id}", request with { Text = "{name}，再见" }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Supervisor.Http.PutAsJsonAsync($"/api/v1/desk/phrases/{added.Id}", request with { Situation = "farewell" }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var closings = await ReadAsync<StandardPhraseList>(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases?situation=closing"), HttpStatusCode.OK);
        Assert.Equal(request.Text, Assert.Single(closings.Items, p => p.Id == added.Id).Template);

        var changed = await ReadAsync<StandardPhraseDto>(await crew.Admin.Http.PutAsJsonAsync($"/api/v1/desk/phrases/{added.Id}",
            request with { Text = "感谢您的耐心，{closing}" }), HttpStatusCode.OK);
        Assert.Equal("感谢您的耐心，{closing}", changed.Template);

        await AssertProblemAsync(await crew.Agent.Http.DeleteAsync($"/api/v1/desk/phrases/{added.Id}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await crew.Supervisor.Http.DeleteAsync($"/api/v1/desk/phrases/{added.Id}")).StatusCode);
        await AssertProblemAsync(await crew.Supervisor.Http.DeleteAsync($"/api/v1/desk/phrases/{added.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Managers_keep_the_lists_and_a_retired_phrase_leaves_the_picker_until_restored()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        var manager = await DeskKit.StaffAsync(_factory, crew.Admin, Roles.Manager);
        var request = new StandardPhraseRequest("ask-to-wait", "请稍候（查询）", "{customerName}，正在为您查询，请稍候。");
        var added = await ReadAsync<StandardPhraseDto>(await manager.Http.PostAsJsonAsync("/api/v1/desk/phrases", request), HttpStatusCode.Created);

        var changed = await ReadAsync<StandardPhraseDto>(await manager.Http.PutAsJsonAsync($"/api/v1/desk/phrases/{added.Id}",
            request with { Text = "正在为您查询，请稍候。" }), HttpStatusCode.OK);
        Assert.Equal("正在为您查询，请稍候。", changed.Template);
        await AssertProblemAsync(await crew.Agent.Http.PutAsJsonAsync($"/api/v1/desk/phrases/{added.Id}", request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Agent.Http.PostAsync($"/api/v1/desk/phrases/{added.Id}/retire", null), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var retired = await ReadAsync<StandardPhraseDto>(await manager.Http.PostAsync($"/api/v1/desk/phrases/{added.Id}/retire", null), HttpStatusCode.OK);
        Assert.NotNull(retired.RetiredAt);
        var again = await ReadAsync<StandardPhraseDto>(await manager.Http.PostAsync($"/api/v1/desk/phrases/{added.Id}/retire", null), HttpStatusCode.OK);
        Assert.Equal(retired.RetiredAt, again.RetiredAt);
        var inUse = await ReadAsync<StandardPhraseList>(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases?situation=ask-to-wait"), HttpStatusCode.OK);
        Assert.DoesNotContain(inUse.Items, p => p.Id == added.Id);
        var library = await ReadAsync<StandardPhraseList>(await manager.Http.GetAsync("/api/v1/desk/phrases?includeRetired=true"), HttpStatusCode.OK);
        Assert.NotNull(Assert.Single(library.Items, p => p.Id == added.Id).RetiredAt);

        var restored = await ReadAsync<StandardPhraseDto>(await crew.Supervisor.Http.PostAsync($"/api/v1/desk/phrases/{added.Id}/restore", null), HttpStatusCode.OK);
        Assert.Null(restored.RetiredAt);
        inUse = await ReadAsync<StandardPhraseList>(await crew.Agent.Http.GetAsync("/api/v1/desk/phrases?situation=ask-to-wait"), HttpStatusCode.OK);
        Assert.Contains(inUse.Items, p => p.Id == added.Id);
        await AssertProblemAsync(await manager.Http.PostAsync($"/api/v1/desk/phrases/{Guid.NewGuid()}/retire", null), HttpStatusCode.NotFound, ErrorCodes.NotFound);

        // The other lists too: banned phrases, help articles and case categories.
        var banned = await ReadAsync<BannedPhraseDto>(await manager.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases",
            new BannedPhraseRequest("自己看说明", "impatient", "我来为您一步步说明。")), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.Http.DeleteAsync($"/api/v1/desk/banned-phrases/{banned.Id}")).StatusCode);
        await ReadAsync<HelpArticleDto>(await manager.Http.PostAsJsonAsync("/api/v1/help/articles",
            new HelpArticleRequest("manager-note", "zh-CN", "经理写的文章", "摘要", "正文")), HttpStatusCode.Created);
        await ReadAsync<CategoryDto>(await manager.Http.PostAsJsonAsync("/api/v1/desk/categories", new AddCategoryRequest("经理分类", null, false)),
            HttpStatusCode.Created);
    }
}
