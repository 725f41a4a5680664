using Yunpan.Accounts.Administration;
using Yunpan.Data;
using Yunpan.Data.Sqlite;

namespace Yunpan.Server.Composition;

/// <summary>Builds the application the same way for serving, migrating and the admin commands.</summary>
internal static partial class YunpanApp
{
    public static WebApplication Build(string[] args)
    {
        // Configuration defaults (appsettings.json) live beside the binary, so the server runs from any directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        YunpanServices.Add(builder);
        var app = builder.Build();
        YunpanPipeline.Configure(app);
        return app;
    }

    /// <summary>Applies migrations (and WAL) before anything touches the database.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await SqliteSetup.PrepareAsync(scope.ServiceProvider.GetRequiredService<YunpanDbContext>(), cancellationToken);
    }

    public static async Task HintFirstAdministratorAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().AnyAdministratorAsync())
        {
            NoAdministrator(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator yet. Create one with: dotnet run --project src/Yunpan.Server -- admin create --email you@example.com (or: dotnet Yunpan.Server.dll admin create …)")]
    private static partial void NoAdministrator(ILogger logger);
}
