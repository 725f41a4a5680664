using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Drive.Content;
using Yunpan.Drive.Endpoints;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Search;
using Yunpan.Drive.Trash;
using Yunpan.Drive.Tree;
using Yunpan.Drive.Versions;

namespace Yunpan.Drive;

public static class DriveModule
{
    public static IServiceCollection AddDrive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DriveOptions>().Bind(configuration.GetSection(DriveOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TreeStore>();
        services.AddScoped<QuotaMeter>();
        services.AddScoped<VersionKeeper>();
        services.AddScoped<CreateFolder>();
        services.AddScoped<ListFolder>();
        services.AddScoped<StatNode>();
        services.AddScoped<MoveNode>();
        services.AddScoped<RenameNode>();
        services.AddScoped<CopyNode>();
        services.AddScoped<DeleteNode>();
        services.AddScoped<PlaceFile>();
        services.AddScoped<UploadFile>();
        services.AddScoped<OpenContent>();
        services.AddScoped<ListVersions>();
        services.AddScoped<RestoreVersion>();
        services.AddScoped<SearchDrive>();
        services.AddScoped<ListTrash>();
        services.AddScoped<RestoreTrashItem>();
        services.AddScoped<PurgeTrash>();
        return services;
    }

    public static IEndpointRouteBuilder MapDriveEndpoints(this IEndpointRouteBuilder app)
    {
        ContentEndpoints.Map(app);
        TreeEndpoints.Map(app);
        VersionEndpoints.Map(app);
        TrashEndpoints.Map(app);
        return app;
    }
}
