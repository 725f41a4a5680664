using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Escalation;

namespace Yunpan.Desk.Endpoints;

/// <summary>K-5's escalation chain: the owner escalates a complaint; managers read and answer the incident reports.</summary>
internal static class EscalationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/desk/cases/{id:guid}/escalate", async Task<Ok<CaseDto>> (Guid id, EscalateRequest request, HttpContext http, EscalateCase escalate,
                DbContext db, CancellationToken ct) =>
            {
                // With its running clocks: the console shows the callback deadline at once.
                var escalated = await escalate.ExecuteAsync(http.User, id, request, ct);
                var clocks = await db.Set<CaseDeadline>().AsNoTracking().Where(d => d.CaseId == id && d.MetAt == null).ToListAsync(ct);
                return TypedResults.Ok(DeskDtos.ForStaff(escalated, deadlines: clocks.OrderBy(d => d.DueAt)));
            })
            .RequireAuthorization(p => p.RequireRole(DeskRoles.Staff))
            .WithTags("Desk: cases")
            .WithName("EscalateCase")
            .WithSummary("Owner (or a supervisor): escalate a complaint with the reason. The customer is due a callback (a reply) within 2 working " +
                "hours; still unresolved then, an incident report goes to the managers, who answer within 2 working hours of receipt (K-5). " +
                "409 case_not_complaint, case_already_escalated, case_resolved.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var managers = app.MapGroup("/api/v1/desk/incidents").WithTags("Desk: incident reports").RequireAuthorization(p => p.RequireRole(DeskRoles.Managers));

        managers.MapGet("/", async Task<Ok<IncidentReportList>> (bool? open, DbContext db, CancellationToken ct) =>
            {
                var query = db.Set<IncidentReport>().AsNoTracking();
                if (open == true)
                {
                    query = query.Where(r => r.AnsweredAt == null);
                }

                var rows = await query.OrderByDescending(r => r.ReceivedAt).Take(200).ToListAsync(ct);
                return TypedResults.Ok(new IncidentReportList(rows.Select(ToDto).ToList()));
            })
            .WithName("ListIncidentReports")
            .WithSummary("Managers, admins: incident reports on escalated complaints, newest first (?open=true: unanswered only).");

        managers.MapGet("/{id:guid}", async Task<Ok<IncidentReportDto>> (Guid id, DbContext db, CancellationToken ct) =>
                TypedResults.Ok(ToDto(await db.Set<IncidentReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
                    ?? throw DeskErrors.NotFound("incident report"))))
            .WithName("GetIncidentReport")
            .WithSummary("Managers, admins: one incident report, with its reply deadline and, once answered, the answer.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        managers.MapPost("/{id:guid}/answer", async Task<Ok<IncidentReportDto>> (Guid id, IncidentAnswerRequest request, HttpContext http, AnswerIncidentReport answer,
                CancellationToken ct) =>
                TypedResults.Ok(ToDto(await answer.ExecuteAsync(http.MemberId(), id, request.Answer, ct))))
            .WithName("AnswerIncidentReport")
            .WithSummary("Managers, admins: answer an incident report; stops its reply clock and adds the answer to the case's internal timeline. " +
                "409 incident_already_answered.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IncidentReportDto ToDto(IncidentReport r) =>
        new(r.Id, r.CaseId, r.CaseNumber, r.Body, r.ReceivedAt, r.ReplyDueAt, r.AnsweredBy, r.Answer, r.AnsweredAt);
}
