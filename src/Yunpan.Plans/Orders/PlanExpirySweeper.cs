using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Plans.Grants;
using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Orders;

/// <summary>
/// P-6: ends plans whose term is over (bought or granted), so the member is on the next plan still running, or the
/// default one. Nothing of the member's is deleted; an over-quota drive refuses uploads until space is freed or a plan
/// is bought (the drive's quota check).
/// Entitlements already ignore an expired row, so a late sweep never grants a day too many.
/// </summary>
internal sealed partial class PlanExpirySweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<PlansOptions> options, ILogger<PlanExpirySweeper> logger)
    : PeriodicJob(clock, logger)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = Clock.GetUtcNow();
        var ended = await db.Set<MemberPlan>().Where(p => p.ExpiresAt != null && p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken)
            + await db.Set<PlanGrant>().Where(g => g.ExpiresAt != null && g.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (ended > 0)
        {
            PlansEnded(logger, ended);
        }

        return ended;
    }

    protected override string JobName => "Ending expired plans";

    protected override TimeSpan Interval => options.Value.ExpirySweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} plan(s) ran out; those members are on their next running plan or the default one")]
    private static partial void PlansEnded(ILogger logger, int count);
}
