using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Endpoints;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Plans;

public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlansOptions>().Bind(configuration.GetSection(PlansOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PlansOptions>, PlansOptionsValidator>();
        services.AddSingleton<PlanCatalog>();
        services.AddScoped<IEntitlements, MemberEntitlements>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlansEndpoints(this IEndpointRouteBuilder app)
    {
        PlanEndpoints.Map(app);
        return app;
    }
}
