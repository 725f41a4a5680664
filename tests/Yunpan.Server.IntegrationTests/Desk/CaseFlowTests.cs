using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-1…K-4 and K-8 through the front door, with who may see what.</summary>
public sealed class CaseFlowTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static readonly ComplaintFormDto Form = new(null, "上传页面", "上传到 99% 就停了，试了三次", "2026-11-23 15:00", "网页版",
        "张先生", "13800000199", "zhang@example.com", "service-quality");

    private static async Task<CaseDto> OpenComplaintAsync(Member customer) =>
        await ReadAsync<CaseDto>(await customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "上传失败", "我的文件传不上去", Complaint: Form)), HttpStatusCode.Created);

    private static async Task<CaseDto> StaffViewAsync(Member staff, Guid id) =>
        await ReadAsync<CaseDto>(await staff.Http.GetAsync($"/api/v1/desk/cases/{id}"), HttpStatusCode.OK);

    [Fact]
    public async Task Members_open_cases_and_see_only_their_own()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var opened = await OpenComplaintAsync(crew.Customer);
        Assert.Equal(("complaint", "web", "new", crew.Customer.Id), (opened.Type, opened.Source, opened.Status, opened.MemberId));
        Assert.Matches(@"^YP-\d{8}-\d{6}$", opened.Number);
        Assert.Equal(Form, opened.Complaint);

        var mine = await ReadAsync<CaseList>(await crew.Customer.Http.GetAsync("/api/v1/cases"), HttpStatusCode.OK);
        Assert.Equal(opened.Id, Assert.Single(mine.Items).Id);
        Assert.Empty((await ReadAsync<CaseList>(await crew.OtherCustomer.Http.GetAsync("/api/v1/cases"), HttpStatusCode.OK)).Items);
        await AssertProblemAsync(await crew.OtherCustomer.Http.GetAsync($"/api/v1/cases/{opened.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.OtherCustomer.Http.PostAsJsonAsync($"/api/v1/cases/{opened.Id}/messages", new MessageRequest("hi")), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync("/api/v1/desk/cases"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        // Bad input changes nothing.
        await AssertProblemAsync(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases", new OpenCaseRequest("complaint", "x", "y")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases", new OpenCaseRequest("rant", "x", "y")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        Assert.Single((await ReadAsync<CaseList>(await crew.Customer.Http.GetAsync("/api/v1/cases"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task The_first_agent_owns_the_case_and_a_banned_reply_is_refused_by_the_api()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var opened = await OpenComplaintAsync(crew.Customer);

        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好")), HttpStatusCode.Forbidden, ErrorCodes.NotCaseOwner);
        var taken = await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null), HttpStatusCode.OK);
        Assert.Equal((crew.Agent.Id, "open"), (taken.OwnerId, taken.Status));
        var second = await AssertProblemAsync(await crew.OtherAgent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null), HttpStatusCode.Conflict, ErrorCodes.CaseTaken);
        Assert.Equal(crew.Agent.Id, second.GetProperty("ownerId").GetGuid());
        await AssertProblemAsync(await crew.OtherAgent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好")), HttpStatusCode.Forbidden, ErrorCodes.NotCaseOwner);

        const string banned = "這 是 規 定，你問我，我問誰？";
        var refused = await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest(banned)),
            HttpStatusCode.UnprocessableEntity, ErrorCodes.BannedPhrase);
        Assert.Equal("这是规定", refused.GetProperty("phrase").GetString());
        Assert.Equal("arrogant", refused.GetProperty("category").GetString());
        Assert.Equal("這 是 規 定", banned.Substring(refused.GetProperty("start").GetInt32(), refused.GetProperty("length").GetInt32()));
        var suggestion = refused.GetProperty("suggestion").GetString()!;
        Assert.Equal(2, refused.GetProperty("hits").GetArrayLength());

        await ReadAsync<CaseEventDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest(suggestion)), HttpStatusCode.Created);
        await ReadAsync<CaseEventDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/notes", new MessageRequest("客户情绪较大")), HttpStatusCode.Created);

        var customerView = await ReadAsync<CaseDto>(await crew.Customer.Http.GetAsync($"/api/v1/cases/{opened.Id}"), HttpStatusCode.OK);
        var bodies = customerView.Timeline!.Select(e => e.Body).ToList();
        Assert.Contains(suggestion, bodies);
        Assert.DoesNotContain(banned, bodies);
        Assert.DoesNotContain("客户情绪较大", bodies);
        Assert.All(customerView.Timeline!, e => Assert.False(e.Internal));
        Assert.Null(customerView.Deadlines);

        var staffView = await StaffViewAsync(crew.Supervisor, opened.Id);
        Assert.Contains(staffView.Timeline!, e => e is { Kind: "note", Internal: true });
        Assert.DoesNotContain(staffView.Timeline!, e => e.Body == banned);
    }

    [Fact]
    public async Task Hand_overs_stay_inside_the_desk_and_the_technical_contact_sees_only_what_was_handed_over()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var opened = await OpenComplaintAsync(crew.Customer);
        await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null);

        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/handover", new HandOverRequest(crew.Customer.Id, "下班")),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/technical", new TechnicalHandOffRequest(crew.OtherAgent.Id, "x")),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        const string details = "Chrome 131，上传 2 GB 文件在 99% 停止，tus 偏移量不再增加";
        var task = await ReadAsync<TechnicalTaskDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/technical",
            new TechnicalHandOffRequest(crew.Technician.Id, details)), HttpStatusCode.Created);
        Assert.Equal((opened.Number, details, (DateTimeOffset?)null), (task.CaseNumber, task.Details, task.FixedAt));

        // The contact sees the task, not the case, the customer or the other contact's tasks.
        var tasks = await ReadAsync<TechnicalTaskList>(await crew.Technician.Http.GetAsync("/api/v1/desk/tasks"), HttpStatusCode.OK);
        Assert.Equal(task.Id, Assert.Single(tasks.Items).Id);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync($"/api/v1/desk/cases/{opened.Id}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync("/api/v1/desk/cases"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        Assert.Empty((await ReadAsync<TechnicalTaskList>(await crew.OtherTechnician.Http.GetAsync("/api/v1/desk/tasks"), HttpStatusCode.OK)).Items);
        await AssertProblemAsync(await crew.OtherTechnician.Http.GetAsync($"/api/v1/desk/tasks/{task.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.OtherTechnician.Http.PostAsJsonAsync($"/api/v1/desk/tasks/{task.Id}/fixed", new FixedRequest("x")), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/tasks"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var done = await ReadAsync<TechnicalTaskDto>(await crew.Technician.Http.PostAsJsonAsync($"/api/v1/desk/tasks/{task.Id}/fixed", new FixedRequest("修复了分片合并")), HttpStatusCode.OK);
        Assert.NotNull(done.FixedAt);
        await AssertProblemAsync(await crew.Technician.Http.PostAsJsonAsync($"/api/v1/desk/tasks/{task.Id}/fixed", new FixedRequest("again")),
            HttpStatusCode.Conflict, ErrorCodes.TaskAlreadyFixed);

        // The owner must now tell the customer, on a clock of its own.
        var staffView = await StaffViewAsync(crew.Agent, opened.Id);
        var tell = Assert.Single(staffView.Deadlines!, d => d.Kind == "tell-customer");
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(30), tell.DueAt);
        Assert.Contains(staffView.Timeline!, e => e is { Kind: "technical-fixed", Body: "修复了分片合并" });

        var handed = await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/handover",
            new HandOverRequest(crew.OtherAgent.Id, "换班，已告知客户")), HttpStatusCode.OK);
        Assert.Equal(crew.OtherAgent.Id, handed.OwnerId);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好")), HttpStatusCode.Forbidden, ErrorCodes.NotCaseOwner);
        await ReadAsync<CaseEventDto>(await crew.OtherAgent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好，问题已经修复，请您再试一次。")), HttpStatusCode.Created);
        staffView = await StaffViewAsync(crew.OtherAgent, opened.Id);
        Assert.DoesNotContain(staffView.Deadlines!, d => d.Kind == "tell-customer");
        Assert.Contains(staffView.Timeline!, e => e is { Kind: "handed-over", Body: "换班，已告知客户" } && e.TargetId == crew.OtherAgent.Id);
    }

    [Fact]
    public async Task Agents_log_cases_from_other_channels_and_are_recorded()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var logged = await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(crew.Customer.Id, "phone", "consultation", "如何分享文件夹", "客户来电咨询")), HttpStatusCode.Created);
        Assert.Equal(("phone", crew.Agent.Id, crew.Customer.Id), (logged.Source, logged.RecordedBy, logged.MemberId));
        Assert.Contains((await ReadAsync<CaseList>(await crew.Customer.Http.GetAsync("/api/v1/cases"), HttpStatusCode.OK)).Items, c => c.Id == logged.Id);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(Guid.NewGuid(), "phone", "consultation", "x", "y")), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_supervisor_finds_the_caller_by_exact_login_and_logs_an_emailed_complaint_with_its_form()
    {
        var crew = await DeskCrew.NewAsync(factory);
        var found = await ReadAsync<Yunpan.Contracts.Accounts.MemberFoundDto>(
            await crew.Supervisor.Http.GetAsync("/api/v1/admin/members?login=" + Uri.EscapeDataString(crew.Customer.Email)), HttpStatusCode.OK);
        Assert.Equal(crew.Customer.Id, found.Id);
        await AssertProblemAsync(await crew.Customer.Http.GetAsync("/api/v1/admin/members?login=" + Uri.EscapeDataString(crew.OtherCustomer.Email)),
            HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Technician.Http.GetAsync("/api/v1/admin/members?login=" + Uri.EscapeDataString(crew.Customer.Email)),
            HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var logged = await ReadAsync<CaseDto>(await crew.Supervisor.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(found.Id, "email", "complaint", "外链被误删", "客户来信投诉", Complaint: Form)), HttpStatusCode.Created);
        Assert.Equal(("email", crew.Supervisor.Id, "complaint"), (logged.Source, logged.RecordedBy, logged.Type));
        Assert.Equal(Form.What, logged.Complaint?.What);

        // A complaint needs its form, the source must be a known channel, and members cannot log cases.
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(found.Id, "phone", "complaint", "x", "y")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(found.Id, "fax", "consultation", "x", "y")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await crew.Customer.Http.PostAsJsonAsync("/api/v1/desk/cases",
            new LogCaseRequest(found.Id, "phone", "consultation", "x", "y")), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_complaint_about_an_agent_goes_to_their_supervisor_and_suggestions_are_thanked()
    {
        var crew = await DeskCrew.NewAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await crew.Admin.Http.PutAsJsonAsync($"/api/v1/desk/staff/{crew.Agent.Id}/supervisor",
            new SupervisorRequest(crew.Supervisor.Id))).StatusCode);
        var form = Form with { AboutStaffId = crew.Agent.Id, About = "工号 1024" };
        var opened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "客服态度", "客服说这是规定", Complaint: form)), HttpStatusCode.Created);
        Assert.Equal((crew.Supervisor.Id, "open"), (opened.OwnerId, opened.Status));
        await AssertProblemAsync(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null), HttpStatusCode.Conflict, ErrorCodes.CaseTaken);
        var staffView = await StaffViewAsync(crew.Supervisor, opened.Id);
        // Opened Monday 16:00 in Beijing (this fixture's clock is never moved): two working hours end Tuesday 09:00.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), staffView.Deadlines!.Single(d => d.Kind == "supervisor-contact").DueAt);
        await ReadAsync<CaseEventDto>(await crew.Supervisor.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies", new ReplyRequest("您好，我是客服主管，非常抱歉给您带来不便。")), HttpStatusCode.Created);
        Assert.DoesNotContain((await StaffViewAsync(crew.Supervisor, opened.Id)).Deadlines!, d => d.Kind == "supervisor-contact");

        var suggestion = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("suggestion", "希望支持文件夹分享", "希望能分享整个文件夹")), HttpStatusCode.Created);
        var view = await ReadAsync<CaseDto>(await crew.Customer.Http.GetAsync($"/api/v1/cases/{suggestion.Id}"), HttpStatusCode.OK);
        Assert.Contains(view.Timeline!, e => e.Kind == "reply" && e.Body!.StartsWith("谢谢您提出的宝贵建议", StringComparison.Ordinal));
    }
}
