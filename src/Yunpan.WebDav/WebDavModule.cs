using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.WebDav.Endpoints;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Methods;
using Yunpan.WebDav.Nextcloud;
using Yunpan.WebDav.Properties;

namespace Yunpan.WebDav;

/// <summary>C-4: WebDAV class 1 and 2 over Drive's public interface, and the Nextcloud-compatible sync surface.</summary>
public static class WebDavModule
{
    public static IServiceCollection AddWebDav(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebDavOptions>().Bind(configuration.GetSection(WebDavOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<LockStore>();
        services.AddScoped<LockGuard>();
        services.AddScoped<DeadProperties>();
        services.AddScoped<PropfindMethod>();
        services.AddScoped<ProppatchMethod>();
        services.AddScoped<MkcolMethod>();
        services.AddScoped<GetMethod>();
        services.AddScoped<PutMethod>();
        services.AddScoped<DeleteMethod>();
        services.AddScoped<LockMethod>();
        services.AddScoped<UnlockMethod>();
        services.AddSingleton<ChunkStagingSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ChunkStagingSweeper>());
        return services;
    }

    /// <summary>Maps the DAV mounts. <paramref name="policy"/> names the schemes protocol clients sign in with (the
    /// host composes it from Accounts: Basic with a token or password, and Bearer).</summary>
    public static IEndpointRouteBuilder MapWebDavEndpoints(this IEndpointRouteBuilder app, AuthorizationPolicy policy)
    {
        DavEndpoints.Map(app, policy);
        StatusEndpoints.Map(app, policy);
        ChunkedUploadEndpoints.Map(app, policy);
        return app;
    }
}
