using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Closing;

namespace Yunpan.Desk.Endpoints;

/// <summary>The member's side of the desk: open a case, see your own cases (only yours), write on them.</summary>
internal static class MemberCaseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases").WithTags("Desk: my cases").RequireAuthorization();

        cases.MapPost("/", async Task<Created<CaseDto>> (OpenCaseRequest request, HttpContext http, OpenCase open, CancellationToken ct) =>
            {
                var opened = await open.ByMemberAsync(http.MemberId(), request, ct);
                return TypedResults.Created($"/api/v1/cases/{opened.Id}", DeskDtos.ToDto(opened));
            })
            .WithName("OpenCase")
            .WithSummary("Open a case: consultation, complaint (with the complaint form), suggestion or praise (K-1, K-2).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        cases.MapGet("/", async (HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var mine = await db.Set<Case>().AsNoTracking().Where(c => c.MemberId == http.MemberId())
                    .OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
                return TypedResults.Ok(new CaseList(mine.Select(c => DeskDtos.ToDto(c)).ToList()));
            })
            .WithName("ListMyCases")
            .WithSummary("My cases, newest first (the last 200).");

        cases.MapGet("/{id:guid}", async Task<Ok<CaseDto>> (Guid id, HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var mine = await db.Set<Case>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.MemberId == http.MemberId(), ct)
                    ?? throw DeskErrors.NotFound("case");
                var timeline = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id && !e.Internal).OrderBy(e => e.At).ToListAsync(ct);
                return TypedResults.Ok(DeskDtos.ToDto(mine, timeline));
            })
            .WithName("GetMyCase")
            .WithSummary("One of my cases with its timeline (messages and status changes; staff notes are not shown).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:guid}/messages", async Task<Created<CaseEventDto>> (Guid id, MessageRequest request, HttpContext http, AddCustomerMessage add, CancellationToken ct) =>
            {
                var message = await add.ExecuteAsync(http.MemberId(), id, request.Body, ct);
                return TypedResults.Created($"/api/v1/cases/{id}", DeskDtos.ToDto(message));
            })
            .WithName("WriteOnMyCase")
            .WithSummary("Write on one of my cases; answering a question from the desk restarts its clocks.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:guid}/rating", async Task<Ok<CaseDto>> (Guid id, RatingRequest request, HttpContext http, RateCase rate, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ToDto(await rate.ExecuteAsync(http.MemberId(), id, request.Rating, ct))))
            .WithName("RateMyCase")
            .WithSummary("Rate how a resolved case was handled (K-6): very-satisfied, satisfied, neutral or dissatisfied. Dissatisfied reopens it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
