using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>
/// K-5's escalation chain on the fake clock. The server starts on Monday 2026-11-23 at 16:00 in Beijing (08:00 UTC),
/// 1.5 working hours before closing; Tuesday 2026-11-24 is made a holiday here, so the chain runs over a night and a
/// holiday: callback due Wednesday 09:00, the managers' reply due two working hours after they receive the report.
/// </summary>
public sealed class EscalationTests : IDisposable
{
    private static readonly DateTimeOffset WednesdayNineBeijing = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
    private readonly HolidayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private sealed class HolidayFactory() : YunpanFactory(new Dictionary<string, string?> { ["Desk:BusinessHours:Holidays:0"] = "2026-11-24" });

    private async Task<(DeskCrew Crew, Member Manager, CaseDto Case)> EscalatedComplaintAsync()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        var manager = await DeskKit.StaffAsync(_factory, crew.Admin, Roles.Manager);
        Assert.Equal(HttpStatusCode.NoContent, (await crew.Admin.Http.PutAsJsonAsync($"/api/v1/desk/staff/{crew.Agent.Id}/supervisor",
            new SupervisorRequest(crew.Supervisor.Id))).StatusCode);
        var form = new ComplaintFormDto(null, null, "会员到期后链接全部不能下载", "今天", null, "李娜", null, null, "complex");
        var opened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "链接不能下载", "链接全部失效了", Complaint: form)), HttpStatusCode.Created);
        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null), HttpStatusCode.OK);

        await AssertProblemAsync(await crew.OtherAgent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/escalate", new EscalateRequest("客户要求升级")),
            HttpStatusCode.Forbidden, ErrorCodes.NotCaseOwner);
        var escalated = await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/escalate",
            new EscalateRequest("客户要求升级处理")), HttpStatusCode.OK);
        Assert.Equal(WednesdayNineBeijing, Assert.Single(escalated.Deadlines!, d => d.Kind == "callback").DueAt);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/escalate", new EscalateRequest("再次升级")),
            HttpStatusCode.Conflict, ErrorCodes.CaseAlreadyEscalated);
        return (crew, manager, opened);
    }

    private static async Task<List<IncidentReportDto>> ReportsAsync(Member manager, int atLeast)
    {
        // The sweeper runs on the (fake) clock's timer, in the background.
        for (var attempt = 0; ; attempt++)
        {
            var list = (await ReadAsync<IncidentReportList>(await manager.Http.GetAsync("/api/v1/desk/incidents?open=true"), HttpStatusCode.OK)).Items.ToList();
            if (list.Count >= atLeast || attempt == 50)
            {
                return list;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<CaseDto> CaseAsync(Member staff, Guid id) =>
        await ReadAsync<CaseDto>(await staff.Http.GetAsync($"/api/v1/desk/cases/{id}"), HttpStatusCode.OK);

    [Fact]
    public async Task An_unresolved_escalation_is_reported_to_the_managers_who_answer_within_two_working_hours()
    {
        var (crew, manager, opened) = await EscalatedComplaintAsync();

        // The callback is made (a reply), but the case is still unresolved when the escalation time runs out.
        await ReadAsync<CaseEventDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies",
            new ReplyRequest("李娜您好，我们正在加急处理您的问题。")), HttpStatusCode.Created);
        Assert.DoesNotContain((await CaseAsync(crew.Agent, opened.Id)).Deadlines!, d => d.Kind == "callback");

        // Over the night and the holiday: nothing until Wednesday 09:00.
        _factory.Clock.Advance(WednesdayNineBeijing.AddMinutes(-1) - _factory.Clock.GetUtcNow());
        await Task.Delay(300);
        Assert.Empty(await ReportsAsync(manager, 0));

        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var report = Assert.Single(await ReportsAsync(manager, 1));
        Assert.Equal((opened.Number, WednesdayNineBeijing, WednesdayNineBeijing.AddHours(2)), (report.CaseNumber, report.ReceivedAt, report.ReplyDueAt));
        Assert.Contains("客户要求升级处理", report.Body);
        Assert.Contains("was called back", report.Body);
        Assert.Contains((await CaseAsync(crew.Agent, opened.Id)).Deadlines!, d => d.Kind == "manager-reply" && d.DueAt == report.ReplyDueAt);

        // One report opens on its own; only managers (and admins) read and answer reports.
        Assert.Equal(report, await ReadAsync<IncidentReportDto>(await manager.Http.GetAsync($"/api/v1/desk/incidents/{report.Id}"), HttpStatusCode.OK));
        await AssertProblemAsync(await manager.Http.GetAsync($"/api/v1/desk/incidents/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await crew.Agent.Http.GetAsync("/api/v1/desk/incidents"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Supervisor.Http.GetAsync($"/api/v1/desk/incidents/{report.Id}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await crew.Supervisor.Http.PostAsJsonAsync($"/api/v1/desk/incidents/{report.Id}/answer", new IncidentAnswerRequest("好")),
            HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        // Resolving the case does not release the manager: the report is still owed its reply.
        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve",
            new ResolveRequest("链接已恢复。", "会员到期后链接暂停", "到期前提醒客户")), HttpStatusCode.OK);
        Assert.Contains((await CaseAsync(crew.Agent, opened.Id)).Deadlines!, d => d.Kind == "manager-reply" && d.DueAt == report.ReplyDueAt);
        Assert.Single(await ReportsAsync(manager, 1));

        // Warned at 10:30, answered at 10:45: the reply clock stops, the answer joins the case's internal timeline.
        _factory.Clock.Advance(TimeSpan.FromMinutes(105));
        var answered = await ReadAsync<IncidentReportDto>(await manager.Http.PostAsJsonAsync($"/api/v1/desk/incidents/{report.Id}/answer",
            new IncidentAnswerRequest("同意为客户恢复链接，今天内回复客户。")), HttpStatusCode.OK);
        Assert.Equal(manager.Id, answered.AnsweredBy);
        await AssertProblemAsync(await manager.Http.PostAsJsonAsync($"/api/v1/desk/incidents/{report.Id}/answer", new IncidentAnswerRequest("再答")),
            HttpStatusCode.Conflict, ErrorCodes.IncidentAlreadyAnswered);
        var after = await CaseAsync(crew.Agent, opened.Id);
        Assert.DoesNotContain(after.Deadlines!, d => d.Kind == "manager-reply");
        Assert.Contains(after.Timeline!, e => e.Kind == "incident-answered" && e.Internal);
        Assert.Empty(await ReportsAsync(manager, 0));

        // The escalation breach reached the owner and the supervisor in the desk and by e-mail, the report the manager.
        Assert.Contains(MailsTo(_factory, crew.Agent.Email), f => File.ReadAllText(f).Contains($"{opened.Number}: escalation overdue", StringComparison.Ordinal));
        Assert.Contains(MailsTo(_factory, crew.Supervisor.Email), f => File.ReadAllText(f).Contains($"{opened.Number}: escalation overdue", StringComparison.Ordinal));
        Assert.Contains(MailsTo(_factory, manager.Email), f => File.ReadAllText(f).Contains($"{opened.Number}: manager-reply", StringComparison.Ordinal));
        Assert.DoesNotContain(MailsTo(_factory, crew.OtherAgent.Email), f => File.ReadAllText(f).Contains("[Yunpan desk]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_complaint_resolved_in_time_is_not_reported_and_a_missed_callback_alerts_the_owner()
    {
        var (crew, manager, opened) = await EscalatedComplaintAsync();
        _factory.Clock.Advance(WednesdayNineBeijing - _factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(10));
        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/resolve",
            new ResolveRequest("链接已恢复。", "会员到期后链接暂停", "到期前提醒客户")), HttpStatusCode.OK);

        _factory.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);
        Assert.Empty(await ReportsAsync(manager, 0));

        // Never called back before resolving it: the callback warning went out 30 minutes before it was due.
        var warnings = (await ReadAsync<DeskNotificationList>(await crew.Agent.Http.GetAsync("/api/v1/desk/notifications"), HttpStatusCode.OK)).Items;
        Assert.Contains(warnings, n => n.Deadline == "callback" && !n.Breached);
        Assert.DoesNotContain(warnings, n => n.Breached && n.Deadline is "callback" or "escalation");
    }

    [Fact]
    public async Task Only_open_complaints_are_escalated()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        var question = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("consultation", "怎么分享", "怎么分享文件夹")), HttpStatusCode.Created);
        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{question.Id}/take", null), HttpStatusCode.OK);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{question.Id}/escalate", new EscalateRequest("升级")),
            HttpStatusCode.Conflict, ErrorCodes.CaseNotComplaint);
        await AssertProblemAsync(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{question.Id}/escalate", new EscalateRequest(" ")),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        Assert.DoesNotContain((await CaseAsync(crew.Agent, question.Id)).Deadlines!, d => d.Kind == "callback");
    }
}
