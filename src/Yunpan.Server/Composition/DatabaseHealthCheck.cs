using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yunpan.Data;

namespace Yunpan.Server.Composition;

internal sealed class DatabaseHealthCheck(YunpanDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
