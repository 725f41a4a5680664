using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Notifications;
using Yunpan.Desk.Staff;

namespace Yunpan.Desk.Clocks;

/// <summary>
/// K-5: warns before and alerts at each stored deadline, once, the case's owner and their supervisor. Each clock is
/// claimed with a conditional update, so several nodes sweeping at once notify once.
/// </summary>
internal sealed partial class DeadlineSweeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DeskOptions> options, ILogger<DeadlineSweeper> logger)
    : PeriodicJob(clock, logger)
{
    private const int Batch = 200;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = Clock.GetUtcNow();
        var sent = 0;

        var breaches = await db.Set<CaseDeadline>().AsNoTracking()
            .Where(d => d.MetAt == null && d.BreachedAt == null && d.DueAt != null && d.DueAt <= now).Take(Batch).ToListAsync(cancellationToken);
        foreach (var deadline in breaches)
        {
            var claimed = await db.Set<CaseDeadline>().Where(d => d.Id == deadline.Id && d.BreachedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.BreachedAt, now).SetProperty(d => d.WarnedAt, d => d.WarnedAt ?? now), cancellationToken);
            sent += claimed == 1 ? await NotifyAsync(db, deadline, breached: true, now, cancellationToken) : 0;
        }

        var warnings = await db.Set<CaseDeadline>().AsNoTracking()
            .Where(d => d.MetAt == null && d.WarnedAt == null && d.WarnAt != null && d.WarnAt <= now).Take(Batch).ToListAsync(cancellationToken);
        foreach (var deadline in warnings)
        {
            var claimed = await db.Set<CaseDeadline>().Where(d => d.Id == deadline.Id && d.WarnedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.WarnedAt, now), cancellationToken);
            sent += claimed == 1 ? await NotifyAsync(db, deadline, breached: false, now, cancellationToken) : 0;
        }

        if (sent > 0)
        {
            Notified(logger, sent);
        }

        return sent;
    }

    protected override string JobName => "Sweeping the desk's deadlines";

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    private static async Task<int> NotifyAsync(DbContext db, CaseDeadline deadline, bool breached, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().AsNoTracking().FirstAsync(c => c.Id == deadline.CaseId, cancellationToken);
        if (@case.OwnerId is not { } owner)
        {
            // Nobody owns it yet: the queue shows it by its deadline.
            return 0;
        }

        var supervisor = await db.Set<AgentSupervisor>().AsNoTracking().Where(l => l.AgentId == owner).Select(l => (Guid?)l.SupervisorId).FirstOrDefaultAsync(cancellationToken);
        Guid[] recipients = supervisor is { } s && s != owner ? [owner, s] : [owner];
        foreach (var recipient in recipients)
        {
            db.Add(new DeskNotification
            {
                Id = Guid.CreateVersion7(),
                RecipientId = recipient,
                CaseId = @case.Id,
                CaseNumber = @case.Number,
                Deadline = deadline.Kind,
                Breached = breached,
                DueAt = deadline.DueAt ?? now,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return recipients.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} desk deadline notification(s) sent")]
    private static partial void Notified(ILogger logger, int count);
}
