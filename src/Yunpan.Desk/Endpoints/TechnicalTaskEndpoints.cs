using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Technical;

namespace Yunpan.Desk.Endpoints;

/// <summary>The technical contact's side (K-3): only the tasks handed to them, only what was handed over.</summary>
internal static class TechnicalTaskEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/v1/desk/tasks").WithTags("Desk: technical tasks")
            .RequireAuthorization(p => p.RequireRole(Roles.TechnicalContact));

        tasks.MapGet("/", async (HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var mine = await db.Set<TechnicalTask>().AsNoTracking().Where(t => t.ContactId == http.MemberId())
                    .OrderBy(t => t.FixedAt != null).ThenBy(t => t.CreatedAt).Take(500).ToListAsync(ct);
                return TypedResults.Ok(new TechnicalTaskList(mine.Select(DeskDtos.ToDto).ToList()));
            })
            .WithName("ListMyTechnicalTasks")
            .WithSummary("Technical contact: the tasks handed to me, open ones first.");

        tasks.MapGet("/{id:guid}", async Task<Ok<TechnicalTaskDto>> (Guid id, HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var task = await db.Set<TechnicalTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.ContactId == http.MemberId(), ct)
                    ?? throw DeskErrors.NotFound("task");
                return TypedResults.Ok(DeskDtos.ToDto(task));
            })
            .WithName("GetMyTechnicalTask")
            .WithSummary("Technical contact: one task handed to me.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        tasks.MapPost("/{id:guid}/fixed", async Task<Ok<TechnicalTaskDto>> (Guid id, FixedRequest request, HttpContext http, MarkTaskFixed fixedTask, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ToDto(await fixedTask.ExecuteAsync(http.MemberId(), id, request.Note, ct))))
            .WithName("MarkTechnicalTaskFixed")
            .WithSummary("Technical contact: report the fix; the case's owner gets a deadline to tell the customer (K-3).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
