using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;

namespace Yunpan.Desk.Endpoints;

/// <summary>Who a case can go to: a hand-off names a colleague (K-4) and technical details go to a technical contact (K-3).</summary>
internal static class StaffDirectoryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/desk/staff", async (string role, IStaffDirectory staff, CancellationToken ct) =>
            {
                if (!Roles.All.Contains(role))
                {
                    throw DeskErrors.Invalid($"role must be one of: {string.Join(", ", Roles.All)}.");
                }

                var members = await staff.InRoleAsync(role, ct);
                return TypedResults.Ok(new StaffList([.. members.Select(m => new StaffMemberDto(m.Id, m.Login))]));
            })
            .RequireAuthorization(p => p.RequireRole(DeskRoles.Staff))
            .WithTags("Desk: staff")
            .WithName("ListDeskStaff")
            .WithSummary("Staff: the members with a role (?role=agent, technical-contact …), to pick whom to hand a case or a technical task to.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
