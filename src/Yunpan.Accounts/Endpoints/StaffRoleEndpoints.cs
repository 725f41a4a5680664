using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Accounts.Administration;
using Yunpan.Contracts.Accounts;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Endpoints;

/// <summary>Administrators make members staff: agent, supervisor, manager, technical contact or admin.</summary>
internal static class StaffRoleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/members/{id:guid}/roles").WithTags("Administration")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));

        group.MapPut("/{role}", async (Guid id, string role, StaffRoles roles, CancellationToken ct) =>
                TypedResults.Ok(new MemberRolesDto(id, await roles.GrantAsync(id, role, ct))))
            .WithName("GrantRole")
            .WithSummary("Admins: give a member a role (admin, agent, supervisor, manager, technical-contact). Idempotent.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{role}", async (Guid id, string role, HttpContext http, StaffRoles roles, CancellationToken ct) =>
                TypedResults.Ok(new MemberRolesDto(id, await roles.RevokeAsync(http.MemberId(), id, role, ct))))
            .WithName("RevokeRole")
            .WithSummary("Admins: take a role from a member (not your own admin role). Idempotent.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
