using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Desk.Cases;

namespace Yunpan.Desk.Clocks;

/// <summary>Starts, pauses, resumes and stops a case's clocks (K-5), in the caller's unit of work.</summary>
internal sealed class CaseClocks(DbContext db, BusinessCalendar calendar, IOptions<DeskOptions> options, TimeProvider clock)
{
    // The clocks of each case this unit of work touched, read once: one use case meets, starts and pauses several.
    private readonly Dictionary<Guid, List<CaseDeadline>> _clocks = [];

    private SlaOptions Sla => options.Value.Sla;

    /// <summary>Starts the clock (restarting it if it runs) from now.</summary>
    public async Task<CaseDeadline> StartAsync(Case @case, DeadlineKind kind, CancellationToken cancellationToken)
    {
        await MeetAsync(@case, kind, cancellationToken);
        var now = clock.GetUtcNow();
        var due = kind == DeadlineKind.ProgressUpdate ? now + Sla.ProgressUpdate : calendar.Add(now, Length(@case, kind));
        var started = new CaseDeadline
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            Kind = kind,
            StartedAt = now,
            DueAt = due,
            WarnAt = WarnAt(now, due),
        };
        db.Add(started);
        (await ClocksAsync(@case, cancellationToken)).Add(started);
        return started;
    }

    /// <summary>Stops the running clock of that kind as met (nothing happens when none runs).</summary>
    public Task MeetAsync(Case @case, DeadlineKind kind, CancellationToken cancellationToken) => MeetWhereAsync(@case, k => k == kind, cancellationToken);

    /// <summary>The case was resolved: every clock owed to the customer stops as met. A manager's reply to an incident
    /// report is owed to the desk, not to the customer, and keeps running until the manager answers.</summary>
    public Task ResolvedAsync(Case @case, CancellationToken cancellationToken) =>
        MeetWhereAsync(@case, k => k != DeadlineKind.ManagerReply, cancellationToken);

    /// <summary>Waiting for the customer: the resolution clock keeps the working time it had left.</summary>
    public async Task PauseAsync(Case @case, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var running in await RunningAsync(@case, cancellationToken))
        {
            if (running.Kind == DeadlineKind.Resolution && running.DueAt is { } due)
            {
                running.Remaining = due > now ? calendar.Between(now, due) : TimeSpan.Zero;
                running.DueAt = null;
                running.WarnAt = null;
            }
        }
    }

    /// <summary>The customer answered: the resolution clock runs on with the working time it had left.</summary>
    public async Task ResumeAsync(Case @case, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var running in await RunningAsync(@case, cancellationToken))
        {
            if (running is { DueAt: null, Remaining: { } remaining })
            {
                running.DueAt = calendar.Add(now, remaining);
                running.WarnAt = running.WarnedAt is null ? WarnAt(now, running.DueAt.Value) : null;
                running.Remaining = null;
            }
        }
    }

    private TimeSpan Length(Case @case, DeadlineKind kind) => kind switch
    {
        DeadlineKind.Resolution => Sla.Resolution(@case),
        DeadlineKind.TellCustomer => Sla.TellCustomer,
        DeadlineKind.ProgressUpdate => Sla.ProgressUpdate,
        DeadlineKind.FollowUp => Sla.FollowUp,
        DeadlineKind.SupervisorContact => Sla.SupervisorContact,
        DeadlineKind.Callback or DeadlineKind.Escalation => Sla.EscalatedCallback,
        DeadlineKind.ManagerReply => Sla.ManagerReply,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private DateTimeOffset WarnAt(DateTimeOffset now, DateTimeOffset due) => due - Sla.WarningLead > now ? due - Sla.WarningLead : now;

    private async Task MeetWhereAsync(Case @case, Func<DeadlineKind, bool> stops, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var running in await RunningAsync(@case, cancellationToken))
        {
            if (stops(running.Kind))
            {
                running.MetAt = now;
            }
        }
    }

    private async Task<IEnumerable<CaseDeadline>> RunningAsync(Case @case, CancellationToken cancellationToken) =>
        (await ClocksAsync(@case, cancellationToken)).Where(d => d.MetAt == null);

    private async Task<List<CaseDeadline>> ClocksAsync(Case @case, CancellationToken cancellationToken)
    {
        if (!_clocks.TryGetValue(@case.Id, out var clocks))
        {
            // A case being opened has no stored clocks yet.
            clocks = db.Entry(@case).State == EntityState.Added
                ? []
                : await db.Set<CaseDeadline>().Where(d => d.CaseId == @case.Id && d.MetAt == null).ToListAsync(cancellationToken);
            _clocks[@case.Id] = clocks;
        }

        return clocks;
    }
}
