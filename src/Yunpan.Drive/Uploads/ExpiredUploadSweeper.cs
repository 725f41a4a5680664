using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Uploads;

/// <summary>tus expiration: deletes uploads past their deadline (bytes and reservation). Idempotent.</summary>
internal sealed class ExpiredUploadSweeper(IServiceScopeFactory scopes, UploadStaging staging, TimeProvider clock, IOptions<DriveOptions> options, ILogger<ExpiredUploadSweeper> logger)
    : PeriodicJob(clock, logger)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = Clock.GetUtcNow();
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

    protected override string JobName => "Sweeping expired uploads";

    protected override TimeSpan Interval => options.Value.UploadSweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);
}
