using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Endpoints;
using Yunpan.Desk.Seeds;

namespace Yunpan.Desk;

/// <summary>The customer-service desk (SPEC K-*): cases, clocks, phrases and the banned-phrase stop.</summary>
public static class DeskModule
{
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskOptions>().Bind(configuration.GetSection(DeskOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BannedPhraseIndex>();
        services.AddScoped<CheckText>();
        services.AddScoped<EditBannedPhrases>();
        services.AddHostedService<DeskSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapDeskEndpoints(this IEndpointRouteBuilder app)
    {
        BannedPhraseEndpoints.Map(app);
        return app;
    }
}
