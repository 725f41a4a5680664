using Yunpan.Accounts.Administration;

namespace Yunpan.Server.Composition;

/// <summary>
/// Brings the database up to date before anything else starts (including Kestrel), however the host is started:
/// by the serve command, by tests or by a service manager.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => YunpanApp.PrepareDatabaseAsync(scopes, cancellationToken);

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().AnyAdministratorAsync())
        {
            NoAdministrator(logger);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator yet. Create one with: dotnet run --project src/Yunpan.Server -- admin create --email you@example.com (published: dotnet Yunpan.Server.dll admin create …)")]
    private static partial void NoAdministrator(ILogger logger);
}
