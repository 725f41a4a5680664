using Yunpan.Data;
using Yunpan.Data.Sqlite;

namespace Yunpan.Server.Composition;

/// <summary>Builds the application the same way for serving, migrating and the admin commands.</summary>
internal static class YunpanApp
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
    public static async Task PrepareDatabaseAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await SqliteSetup.PrepareAsync(scope.ServiceProvider.GetRequiredService<YunpanDbContext>(), cancellationToken);
    }
}
