using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Uploads;

/// <summary>tus expiration: deletes uploads past their deadline (bytes and reservation). Idempotent.</summary>
internal sealed partial class ExpiredUploadSweeper(IServiceScopeFactory scopes, UploadStaging staging, TimeProvider clock, IOptions<DriveOptions> options, ILogger<ExpiredUploadSweeper> logger)
    : BackgroundService
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = clock.GetUtcNow();
        var swept = 0;
        while (true)
        {
            var expired = await db.Set<UploadSession>().Where(u => u.ExpiresAt <= now).Select(u => u.Id).Take(500).ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                return swept;
            }

            await db.Set<UploadSession>().Where(u => expired.Contains(u.Id) && u.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
            foreach (var id in expired)
            {
                staging.Delete(id);
            }

            swept += expired.Count;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.UploadSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping expired uploads failed; it runs again on the next tick")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
