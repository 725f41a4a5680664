using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Notifications;
using Yunpan.Desk.Staff;

namespace Yunpan.Desk.Endpoints;

/// <summary>Categories, agents' supervisors and the staff's notifications.</summary>
internal static class DeskAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Members pick a category on the ticket form, so reading them needs only a signed-in member.
        app.MapGet("/api/v1/desk/categories", async (DbContext db, CancellationToken ct) =>
                TypedResults.Ok(new CategoryList((await db.Set<CaseCategory>().AsNoTracking().ToListAsync(ct))
                    .OrderBy(c => c.ParentId.HasValue).ThenBy(c => c.Name, StringComparer.Ordinal).Select(DeskDtos.ToDto).ToList())))
            .RequireAuthorization()
            .WithTags("Desk: categories")
            .WithName("ListCaseCategories")
            .WithSummary("The case categories: technical and non-technical, with sub-categories (K-3).");

        var listKeepers = app.MapGroup("/api/v1/desk").WithTags("Desk: administration").RequireAuthorization(p => p.RequireRole(DeskRoles.ListKeepers));
        listKeepers.MapPost("/categories", async Task<Created<CategoryDto>> (AddCategoryRequest request, AddCategory add, CancellationToken ct) =>
            {
                var category = await add.ExecuteAsync(request.Name, request.ParentId, request.Technical, ct);
                return TypedResults.Created("/api/v1/desk/categories", DeskDtos.ToDto(category));
            })
            .WithName("AddCaseCategory")
            .WithSummary("Supervisors, managers, admins: add a category or sub-category (a sub-category is technical when its parent is).");

        var supervisors = app.MapGroup("/api/v1/desk").WithTags("Desk: administration").RequireAuthorization(p => p.RequireRole(DeskRoles.Supervisors));
        supervisors.MapPut("/staff/{agentId:guid}/supervisor", async Task<NoContent> (Guid agentId, SupervisorRequest request, AssignSupervisor assign, CancellationToken ct) =>
            {
                await assign.ExecuteAsync(agentId, request.SupervisorId, ct);
                return TypedResults.NoContent();
            })
            .WithName("AssignSupervisor")
            .WithSummary("Supervisors, admins: set an agent's supervisor, who gets the warnings and breaches on the agent's cases.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var staff = app.MapGroup("/api/v1/desk/notifications").WithTags("Desk: notifications").RequireAuthorization(p => p.RequireRole(DeskRoles.Staff));
        staff.MapGet("/", async (HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var mine = await db.Set<DeskNotification>().AsNoTracking().Where(n => n.RecipientId == http.MemberId())
                    .OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);
                return TypedResults.Ok(new DeskNotificationList(mine.Select(DeskDtos.ToDto).ToList()));
            })
            .WithName("ListDeskNotifications")
            .WithSummary("Staff: my deadline warnings and breaches, newest first (K-5).");

        staff.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, HttpContext http, DbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                if (await db.Set<DeskNotification>().Where(n => n.Id == id && n.RecipientId == http.MemberId())
                        .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), ct) == 0)
                {
                    throw DeskErrors.NotFound("notification");
                }

                return TypedResults.NoContent();
            })
            .WithName("MarkDeskNotificationRead")
            .WithSummary("Staff: mark one of my notifications read.");
    }
}
