using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Escalation;
using Yunpan.Desk.Notifications;
using Yunpan.Desk.Staff;

namespace Yunpan.Desk.Clocks;

/// <summary>
/// K-5: warns before and alerts at each stored deadline, once, the case's owner and their supervisor, in the desk and
/// by e-mail; files the incident report when an escalation runs out. Each clock is claimed with a conditional update,
/// so several nodes sweeping at once notify once.
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

        var breaches = await db.Set<CaseDeadline>().AsNoTracking()
            .Where(d => d.MetAt == null && d.BreachedAt == null && d.DueAt != null && d.DueAt <= now).Take(Batch).ToListAsync(cancellationToken);
        var breached = new List<CaseDeadline>();
        foreach (var deadline in breaches)
        {
            if (await db.Set<CaseDeadline>().Where(d => d.Id == deadline.Id && d.BreachedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.BreachedAt, now).SetProperty(d => d.WarnedAt, d => d.WarnedAt ?? now), cancellationToken) == 1)
            {
                breached.Add(deadline);
            }
        }

        var warnings = await db.Set<CaseDeadline>().AsNoTracking()
            .Where(d => d.MetAt == null && d.WarnedAt == null && d.WarnAt != null && d.WarnAt <= now).Take(Batch).ToListAsync(cancellationToken);
        var warned = new List<CaseDeadline>();
        foreach (var deadline in warnings)
        {
            if (await db.Set<CaseDeadline>().Where(d => d.Id == deadline.Id && d.WarnedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.WarnedAt, now), cancellationToken) == 1)
            {
                warned.Add(deadline);
            }
        }

        var members = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
        var alerts = await NotifyAsync(db, members, breached, warned, now, cancellationToken);

        // K-5: an escalation that ran out unresolved becomes an incident report to the managers.
        var report = scope.ServiceProvider.GetRequiredService<FileIncidentReport>();
        foreach (var escalation in breached.Where(d => d.Kind == DeadlineKind.Escalation))
        {
            alerts.AddRange(await report.ExecuteAsync(escalation.CaseId, cancellationToken));
        }

        await scope.ServiceProvider.GetRequiredService<DeskAlertMail>().SendAsync(alerts, cancellationToken);
        if (alerts.Count > 0)
        {
            Notified(logger, alerts.Count);
        }

        return alerts.Count;
    }

    protected override string JobName => "Sweeping the desk's deadlines";

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>
    /// Notifies the owners and their supervisors of the deadlines this node claimed: the cases and supervisors are read
    /// in one query each and the notifications saved together, however many clocks ran out at once.
    /// </summary>
    private static async Task<List<DeskNotification>> NotifyAsync(DbContext db, IMemberDirectory members, List<CaseDeadline> breached, List<CaseDeadline> warned,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (breached.Count == 0 && warned.Count == 0)
        {
            return [];
        }

        var caseIds = breached.Concat(warned).Select(d => d.CaseId).Distinct().ToList();
        var cases = await db.Set<Case>().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.OwnerId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var owners = cases.Values.Where(c => c.OwnerId != null).Select(c => c.OwnerId!.Value).Distinct().ToList();
        var supervisors = await db.Set<AgentSupervisor>().AsNoTracking().Where(l => owners.Contains(l.AgentId))
            .ToDictionaryAsync(l => l.AgentId, l => l.SupervisorId, cancellationToken);

        // The managers answer incident reports, so the reply clock's alerts reach them too.
        IReadOnlyList<Guid> managers = breached.Concat(warned).Any(d => d.Kind == DeadlineKind.ManagerReply)
            ? await members.WithRoleAsync(Roles.Manager, cancellationToken)
            : [];
        var alerts = new List<DeskNotification>();
        foreach (var (deadline, isBreach) in breached.Select(d => (d, true)).Concat(warned.Select(d => (d, false))))
        {
            // Nobody owns it yet: the queue shows it by its deadline.
            if (!cases.TryGetValue(deadline.CaseId, out var @case) || @case.OwnerId is not { } owner)
            {
                continue;
            }

            List<Guid> recipients = supervisors.TryGetValue(owner, out var supervisor) && supervisor != owner ? [owner, supervisor] : [owner];
            if (deadline.Kind == DeadlineKind.ManagerReply)
            {
                recipients.AddRange(managers.Except(recipients));
            }

            foreach (var recipient in recipients)
            {
                alerts.Add(new DeskNotification
                {
                    Id = Guid.CreateVersion7(),
                    RecipientId = recipient,
                    CaseId = @case.Id,
                    CaseNumber = @case.Number,
                    Deadline = deadline.Kind,
                    Breached = isBreach,
                    DueAt = deadline.DueAt ?? now,
                    CreatedAt = now,
                });
            }
        }

        db.AddRange(alerts);
        await db.SaveChangesAsync(cancellationToken);
        return alerts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} desk deadline notification(s) sent")]
    private static partial void Notified(ILogger logger, int count);
}
