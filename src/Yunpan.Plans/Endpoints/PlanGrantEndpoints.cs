using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Grants;

namespace Yunpan.Plans.Endpoints;

/// <summary>Administrators grant free plans to content partners (P-1, Cooperative) and withdraw them.</summary>
internal static class PlanGrantEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/members/{id:guid}/plan-grant").WithTags("Administration")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));

        group.MapGet("/", async (Guid id, GrantPlan grants, PlanCatalog catalog, CancellationToken ct) =>
                ToDto(await grants.FindAsync(id, ct) ?? throw PlansErrors.NoGrant(), catalog))
            .WithName("GetPlanGrant")
            .WithSummary("Admins: the member's granted plan. 404 when there is none.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/", async (Guid id, PlanGrantRequest request, HttpContext http, GrantPlan grants, PlanCatalog catalog, CancellationToken ct) =>
                ToDto(await grants.GrantAsync(http.MemberId(), id, request.Plan, request.ExpiresAt, request.Reason, ct), catalog))
            .WithName("GrantPlan")
            .WithSummary("Admins: grant a free plan (e.g. cooperative) until expiresAt or without end; replaces an earlier grant. " +
                "A bought plan is kept: the higher running plan counts, and the member returns to the other when it ends (P-6). " +
                "400 plan_not_grantable for paid plans and the default plan.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/", async (Guid id, HttpContext http, GrantPlan grants, CancellationToken ct) =>
            {
                await grants.WithdrawAsync(http.MemberId(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawPlanGrant")
            .WithSummary("Admins: withdraw the member's granted plan. Idempotent.");
    }

    private static PlanGrantDto ToDto(PlanGrant grant, PlanCatalog catalog) =>
        new(grant.MemberId, grant.PlanId, catalog.Find(grant.PlanId)?.Name ?? grant.PlanId, grant.ExpiresAt, grant.Reason, grant.GrantedBy, grant.GrantedAt);
}
