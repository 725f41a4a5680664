using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Hosting;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Express;

/// <summary>Marks pending parcels past their deadline as expired (S-12). Reads already treat them so; the sweep makes
/// it lasting and idempotent, safe with several nodes.</summary>
internal sealed partial class ExpressSweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SharingOptions> options, ILogger<ExpressSweeper> logger)
    : PeriodicJob(clock, logger)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = Clock.GetUtcNow();
        var expired = await db.Set<ExpressParcel>()
            .Where(p => p.Status == ExpressStatuses.Pending && p.ExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ExpressStatuses.Expired).SetProperty(p => p.DecidedAt, now), cancellationToken);
        if (expired > 0)
        {
            ParcelsExpired(logger, expired);
        }

        return expired;
    }

    protected override string JobName => "Expiring file express parcels";

    protected override TimeSpan Interval => options.Value.ExpressSweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} file express parcel(s) expired unanswered")]
    private static partial void ParcelsExpired(ILogger logger, int count);
}
