using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>
/// K-5 end to end on the fake clock: the server starts on Monday 2026-11-23 08:00 UTC (16:00 in Beijing, 1.5 working
/// hours before closing), so a 2-hour complaint runs over the night.
/// </summary>
public sealed class ClockTests : IDisposable
{
    private static readonly DateTimeOffset TuesdayNineBeijing = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private readonly YunpanFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(DeskCrew Crew, CaseDto Case)> ServiceQualityComplaintAsync()
    {
        var crew = await DeskCrew.NewAsync(_factory);
        Assert.Equal(HttpStatusCode.NoContent, (await crew.Admin.Http.PutAsJsonAsync($"/api/v1/desk/staff/{crew.Agent.Id}/supervisor",
            new SupervisorRequest(crew.Supervisor.Id))).StatusCode);
        var form = new ComplaintFormDto(null, "客服", "态度不好", "今天下午", null, null, null, null, "service-quality");
        var opened = await ReadAsync<CaseDto>(await crew.Customer.Http.PostAsJsonAsync("/api/v1/cases",
            new OpenCaseRequest("complaint", "服务态度", "客服态度不好", Complaint: form)), HttpStatusCode.Created);
        await ReadAsync<CaseDto>(await crew.Agent.Http.PostAsync($"/api/v1/desk/cases/{opened.Id}/take", null), HttpStatusCode.OK);
        return (crew, opened);
    }

    private static async Task<DeadlineDto> ResolutionAsync(Member staff, Guid id) =>
        Assert.Single((await ReadAsync<CaseDto>(await staff.Http.GetAsync($"/api/v1/desk/cases/{id}"), HttpStatusCode.OK)).Deadlines!, d => d.Kind == "resolution");

    private static async Task<List<DeskNotificationDto>> NotificationsAsync(Member staff, int atLeast)
    {
        // The sweeper runs on the (fake) clock's timer, in the background.
        for (var attempt = 0; ; attempt++)
        {
            var list = (await ReadAsync<DeskNotificationList>(await staff.Http.GetAsync("/api/v1/desk/notifications"), HttpStatusCode.OK)).Items.ToList();
            if (list.Count >= atLeast || attempt == 50)
            {
                return list;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_service_quality_complaint_is_due_in_two_working_hours_warned_before_and_alerted_at_the_deadline()
    {
        var (crew, opened) = await ServiceQualityComplaintAsync();
        var resolution = await ResolutionAsync(crew.Agent, opened.Id);
        Assert.Equal(TuesdayNineBeijing, resolution.DueAt);
        Assert.Empty(await NotificationsAsync(crew.Agent, 0));

        _factory.Clock.Advance(TuesdayNineBeijing.AddMinutes(-29) - _factory.Clock.GetUtcNow());
        var warned = await NotificationsAsync(crew.Agent, 1);
        var warning = Assert.Single(warned);
        Assert.Equal((opened.Number, "resolution", false, TuesdayNineBeijing), (warning.CaseNumber, warning.Deadline, warning.Breached, warning.DueAt));
        Assert.Single(await NotificationsAsync(crew.Supervisor, 1));
        Assert.Empty(await NotificationsAsync(crew.OtherAgent, 0));

        _factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var alerted = await NotificationsAsync(crew.Agent, 2);
        Assert.Equal([true, false], alerted.Select(n => n.Breached).ToList());
        Assert.Equal(2, (await NotificationsAsync(crew.Supervisor, 2)).Count);
        Assert.True((await ResolutionAsync(crew.Agent, opened.Id)).Breached);

        // Once only, however often the sweeper runs.
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(300);
        Assert.Equal(2, (await NotificationsAsync(crew.Agent, 2)).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await crew.Agent.Http.PostAsync($"/api/v1/desk/notifications/{alerted[0].Id}/read", null)).StatusCode);
        Assert.NotNull((await NotificationsAsync(crew.Agent, 2))[0].ReadAt);
        Assert.Equal(HttpStatusCode.NotFound, (await crew.OtherAgent.Http.PostAsync($"/api/v1/desk/notifications/{alerted[0].Id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task The_clock_pauses_while_waiting_for_the_customer_and_runs_on_with_what_was_left()
    {
        var (crew, opened) = await ServiceQualityComplaintAsync();
        await ReadAsync<CaseEventDto>(await crew.Agent.Http.PostAsJsonAsync($"/api/v1/desk/cases/{opened.Id}/replies",
            new ReplyRequest("请问您是在哪个页面遇到的问题？", WaitForCustomer: true)), HttpStatusCode.Created);
        var paused = await ResolutionAsync(crew.Agent, opened.Id);
        Assert.Equal((null, TimeSpan.FromHours(2)), (paused.DueAt, paused.Remaining));

        // Two days later, nothing was breached while the customer was away.
        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(300);
        Assert.DoesNotContain(await NotificationsAsync(crew.Agent, 0), n => n.Deadline == "resolution");

        // Wednesday 16:00 Beijing, 2 working hours left: 1.5 on Wednesday, 0.5 on Thursday morning.
        await ReadAsync<CaseEventDto>(await crew.Customer.Http.PostAsJsonAsync($"/api/v1/cases/{opened.Id}/messages", new MessageRequest("在上传页面")), HttpStatusCode.Created);
        var resumed = await ResolutionAsync(crew.Agent, opened.Id);
        Assert.Equal((new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero), (TimeSpan?)null), (resumed.DueAt, resumed.Remaining));
        Assert.Equal("open", (await ReadAsync<CaseDto>(await crew.Customer.Http.GetAsync($"/api/v1/cases/{opened.Id}"), HttpStatusCode.OK)).Status);
    }
}
