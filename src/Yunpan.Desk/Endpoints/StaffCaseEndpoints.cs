using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Querying;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Closing;
using Yunpan.Desk.Context;
using Yunpan.Desk.Technical;

namespace Yunpan.Desk.Endpoints;

/// <summary>The staff side of cases: the queue, the full timeline, taking, replying, notes and hand-offs (K-1…K-5, K-8).</summary>
internal static class StaffCaseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/desk/cases").WithTags("Desk: cases").RequireAuthorization(p => p.RequireRole(DeskRoles.Staff));

        cases.MapGet("/", async (string? status, bool? mine, string? type, HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var query = db.Set<Case>().AsNoTracking();
                if (type is not null)
                {
                    // K-13: the team that takes suggestions and praise reads its own queue (?type=suggestion,praise).
                    var types = type.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(t => WireNames.TryParse<CaseType>(t, out var parsed) ? parsed
                            : throw DeskErrors.Invalid($"type must be one or more of: {string.Join(", ", WireNames.All<CaseType>())}."))
                        .ToList();
                    query = query.Where(c => types.Contains(c.Type));
                }

                if (status is not null)
                {
                    var parsed = WireNames.TryParse<CaseStatus>(status, out var s) ? s
                        : throw DeskErrors.Invalid($"status must be one of: {string.Join(", ", WireNames.All<CaseStatus>())}.");
                    query = query.Where(c => c.Status == parsed);
                }
                else
                {
                    query = query.Where(c => c.Status != CaseStatus.Closed);
                }

                if (mine == true)
                {
                    var me = http.MemberId();
                    query = query.Where(c => c.OwnerId == me);
                }

                var rows = await query.OrderBy(c => c.CreatedAt).Take(500).ToListAsync(ct);
                var ids = rows.Select(c => c.Id).ToList();
                var clocks = (await db.Set<CaseDeadline>().AsNoTracking().Where(d => ids.Contains(d.CaseId) && d.MetAt == null).ToListAsync(ct))
                    .ToLookup(d => d.CaseId);
                return TypedResults.Ok(new CaseList(rows.Select(c => DeskDtos.ForStaff(c, deadlines: clocks[c.Id].OrderBy(d => d.DueAt))).ToList()));
            })
            .WithName("ListDeskCases")
            .WithSummary("Staff: the queue (open cases, oldest first, or ?status=…; ?mine=true for my own; ?type=suggestion,praise for the team " +
                "that takes suggestions and praise) with each case's running clocks.");

        cases.MapPost("/", async Task<Created<CaseDto>> (LogCaseRequest request, HttpContext http, OpenCase open, CancellationToken ct) =>
            {
                var opened = await open.ByAgentAsync(http.MemberId(), request, ct);
                return TypedResults.Created($"/api/v1/desk/cases/{opened.Id}", DeskDtos.ForStaff(opened));
            })
            .WithName("LogCase")
            .WithSummary("Staff: register a case for a member from another channel (phone, e-mail, regulator …); the recording agent is stamped (K-1, K-2).");

        cases.MapGet("/{id:guid}", async Task<Ok<CaseDto>> (Guid id, DbContext db, CancellationToken ct) =>
            {
                var found = await CaseAccess.LoadAsync(db, id, ct);
                var timeline = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.At).ToListAsync(ct);
                var clocks = await db.Set<CaseDeadline>().AsNoTracking().Where(d => d.CaseId == id && d.MetAt == null).ToListAsync(ct);
                return TypedResults.Ok(DeskDtos.ForStaff(found, timeline, clocks));
            })
            .WithName("GetDeskCase")
            .WithSummary("Staff: a case with its whole timeline (internal entries included) and its running clocks.");

        cases.MapPost("/{id:guid}/take", async Task<Ok<CaseDto>> (Guid id, HttpContext http, TakeCase take, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ForStaff(await take.ExecuteAsync(http.MemberId(), id, ct))))
            .WithName("TakeCase")
            .WithSummary("Staff: take a case; the first agent to take it owns it (K-4). 409 case_taken names the owner.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:guid}/replies", async Task<Created<CaseEventDto>> (Guid id, ReplyRequest request, HttpContext http, ReplyToCase reply, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/desk/cases/{id}", DeskDtos.ToDto(await reply.ExecuteAsync(http.User, id, request, ct))))
            .WithName("ReplyToCase")
            .WithSummary("Owner (or a supervisor): send the customer a message. A banned phrase stops it (422 banned_phrase with the phrase, " +
                "its span in the text and a standard phrase to use instead); nothing is recorded or sent.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapPost("/{id:guid}/notes", async Task<Created<CaseEventDto>> (Guid id, MessageRequest request, HttpContext http, AddNote add, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/desk/cases/{id}", DeskDtos.ToDto(await add.ExecuteAsync(http.MemberId(), id, request.Body, ct))))
            .WithName("AddCaseNote")
            .WithSummary("Staff: an internal note (never shown to the customer).");

        cases.MapPost("/{id:guid}/handover", async Task<Ok<CaseDto>> (Guid id, HandOverRequest request, HttpContext http, HandOverCase handOver, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ForStaff(await handOver.ExecuteAsync(http.User, id, request, ct))))
            .WithName("HandOverCase")
            .WithSummary("Owner (or a supervisor): hand the case to another agent with the reason (K-4).");

        cases.MapPost("/{id:guid}/technical", async Task<Created<TechnicalTaskDto>> (Guid id, TechnicalHandOffRequest request, HttpContext http, HandToTechnicalContact hand, CancellationToken ct) =>
            {
                var task = await hand.ExecuteAsync(http.User, id, request, ct);
                return TypedResults.Created($"/api/v1/desk/tasks/{task.Id}", DeskDtos.ToDto(task));
            })
            .WithName("HandToTechnicalContact")
            .WithSummary("Owner (or a supervisor): hand the collected details to a technical contact as a sub-task (K-3); the case stays yours.");

        cases.MapPost("/{id:guid}/resolve", async Task<Ok<CaseDto>> (Guid id, ResolveRequest request, HttpContext http, ResolveCase resolve, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ForStaff(await resolve.ExecuteAsync(http.User, id, request, ct))))
            .WithName("ResolveCase")
            .WithSummary("Owner (or a supervisor): tell the customer the outcome and ask for their rating (K-6). Complaints need the summary " +
                "and lessons for the problem archive. The outcome is checked for banned phrases (422 banned_phrase).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/v1/desk/archive", async (string? q, DbContext db, CancellationToken ct) =>
            {
                var query = db.Set<ArchivedProblem>().AsNoTracking();
                if (!string.IsNullOrWhiteSpace(q))
                {
                    var text = DeskText.Required(q, "q", 100);
                    if (!LikePattern.IsSearchable(text))
                    {
                        throw DeskErrors.Invalid("'q' cannot contain control characters.");
                    }

                    var pattern = LikePattern.Contains(text);
                    query = query.Where(p => EF.Functions.Like(p.Subject, pattern, LikePattern.Escape) || EF.Functions.Like(p.Summary, pattern, LikePattern.Escape)
                        || EF.Functions.Like(p.Lessons, pattern, LikePattern.Escape));
                }

                var found = await query.OrderByDescending(p => p.ArchivedAt).Take(100).ToListAsync(ct);
                return TypedResults.Ok(new ArchiveList(found.Select(DeskDtos.ToDto).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(DeskRoles.Staff))
            .WithTags("Desk: problem archive")
            .WithName("SearchProblemArchive")
            .WithSummary("Staff: closed complaints with their summary and lessons, newest first; ?q= searches subject, summary and lessons (K-6).");

        cases.MapGet("/{id:guid}/customer", async Task<Ok<CustomerContextDto>> (Guid id, CustomerContext context, CancellationToken ct) =>
                TypedResults.Ok(await context.MaskedAsync(id, ct)))
            .WithName("GetCustomerContext")
            .WithSummary("Staff: the customer beside the case (K-12): e-mail and phone masked, other cases, plan and recent orders, space in use " +
                "and unfinished uploads, share links with their status.");

        cases.MapPost("/{id:guid}/customer/reveal", async Task<Ok<CustomerContextDto>> (Guid id, HttpContext http, CustomerContext context, CancellationToken ct) =>
                TypedResults.Ok(await context.RevealAsync(http.MemberId(), id, ct)))
            .WithName("RevealCustomerContact")
            .WithSummary("Staff: the customer's contact details unmasked; who, when and which case are written to the audit log first (K-12).");

        app.MapGet("/api/v1/desk/audit/reveals", async (DbContext db, CancellationToken ct) =>
            {
                var records = await db.Set<RevealRecord>().AsNoTracking().OrderByDescending(r => r.At).Take(500).ToListAsync(ct);
                return TypedResults.Ok(new RevealAuditList(records.Select(r => new RevealRecordDto(r.Id, r.StaffId, r.CaseId, r.CaseNumber, r.MemberId, r.At)).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(DeskRoles.Supervisors))
            .WithTags("Desk: audit")
            .WithName("ListRevealAudit")
            .WithSummary("Supervisors, admins: who revealed which customer's contact details, newest first (K-12).");
    }
}
