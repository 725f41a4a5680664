using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Plans;
using Yunpan.Plans.Catalog;

namespace Yunpan.Plans.Endpoints;

internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/plans").WithTags("Plans");

        // The catalog is public: visitors compare plans before they sign up.
        group.MapGet("/", (PlanCatalog catalog) => TypedResults.Ok(new PlanList(
                catalog.All.Select(p => new PlanDto(p.Id, p.Name, p.Capacity, p.MaxUpload, p.MaxShared, p.PricePerYear, p.Capabilities, p == catalog.Default)).ToList())))
            .AllowAnonymous()
            .WithName("ListPlans")
            .WithSummary("The plan catalog, lowest first: capacity, largest upload, largest shared file and capabilities of every plan; isDefault marks every member's plan when no other runs.");
    }
}
