using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Core.Activity;
using Yunpan.Drive.Archive;
using Yunpan.Drive.Content;
using Yunpan.Drive.Endpoints;
using Yunpan.Drive.Files;
using Yunpan.Drive.Instant;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Search;
using Yunpan.Drive.Trash;
using Yunpan.Drive.Tree;
using Yunpan.Drive.Uploads;
using Yunpan.Drive.Versions;

namespace Yunpan.Drive;

public static class DriveModule
{
    public static IServiceCollection AddDrive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivityFeed();
        services.AddOptions<DriveOptions>().Bind(configuration.GetSection(DriveOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TreeStore>();
        services.AddScoped<QuotaMeter>();
        services.AddScoped<Core.Support.IMemberStorageSummary, MemberStorageSummaryForDesk>();
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
        services.AddSingleton<DownloadFailures>();
        services.AddScoped<ListVersions>();
        services.AddScoped<RestoreVersion>();
        services.AddScoped<SearchDrive>();
        services.AddScoped<ListTrash>();
        services.AddScoped<RestoreTrashItem>();
        services.AddScoped<PurgeTrash>();
        services.AddSingleton<UploadStaging>();
        services.AddScoped<UploadSessions>();
        services.AddScoped<CreateUpload>();
        services.AddScoped<ConcatenateUploads>();
        services.AddScoped<AppendToUpload>();
        services.AddScoped<CompleteUpload>();
        services.AddScoped<TerminateUpload>();
        services.AddSingleton<ExpiredUploadSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredUploadSweeper>());
        services.AddSingleton<InstantUploadKey>();
        services.AddScoped<StartInstantUpload>();
        services.AddScoped<AnswerChallenge>();
        services.AddScoped<DownloadFolder>();
        services.AddScoped<IDriveFiles, DriveFiles>();
        // Joins every DbContext (the host adds the registered interceptors): folder ETags follow changes below them.
        services.AddSingleton<IInterceptor, FolderTagInterceptor>();
        services.AddSingleton<Previews.ThumbnailCache>();
        services.AddSingleton<Storage.Collection.IBlobDerivatives>(sp => sp.GetRequiredService<Previews.ThumbnailCache>());
        services.AddScoped<Previews.RenderThumbnail>();
        return services;
    }

    public static IEndpointRouteBuilder MapDriveEndpoints(this IEndpointRouteBuilder app)
    {
        ContentEndpoints.Map(app);
        TreeEndpoints.Map(app);
        VersionEndpoints.Map(app);
        TrashEndpoints.Map(app);
        UploadEndpoints.Map(app);
        InstantUploadEndpoints.Map(app);
        ArchiveEndpoints.Map(app);
        ThumbnailEndpoints.Map(app);
        return app;
    }
}
