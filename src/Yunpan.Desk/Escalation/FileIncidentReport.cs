using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Notifications;

namespace Yunpan.Desk.Escalation;

/// <summary>
/// K-5: an escalated complaint whose escalation clock ran out unresolved is reported to every manager, and the reply
/// clock starts at receipt. Run by the sweeper, which claims the breached clock first, so a report is filed once.
/// </summary>
internal sealed class FileIncidentReport(DbContext db, CaseTimeline timeline, CaseClocks clocks, IMemberDirectory members, TimeProvider clock)
{
    /// <summary>The managers' notifications of the new report (saved with it); none when the case was resolved meanwhile.</summary>
    public async Task<IReadOnlyList<DeskNotification>> ExecuteAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null || @case.Status is CaseStatus.Resolved or CaseStatus.Closed
            || await db.Set<IncidentReport>().AnyAsync(r => r.CaseId == caseId, cancellationToken))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var reply = await clocks.StartAsync(@case, DeadlineKind.ManagerReply, cancellationToken);
        var report = new IncidentReport
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            Body = await BodyAsync(@case, cancellationToken),
            ReceivedAt = now,
            ReplyDueAt = reply.DueAt ?? now,
        };
        db.Add(report);
        timeline.Add(@case, null, CaseEventKind.IncidentReported, "The escalated complaint is still unresolved: incident report sent to the managers.", report.Id, isInternal: true);

        var notifications = (await members.WithRoleAsync(Roles.Manager, cancellationToken)).Select(manager => new DeskNotification
        {
            Id = Guid.CreateVersion7(),
            RecipientId = manager,
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            Deadline = DeadlineKind.ManagerReply,
            Breached = false,
            DueAt = report.ReplyDueAt,
            CreatedAt = now,
        }).ToList();
        db.AddRange(notifications);
        await db.SaveChangesAsync(cancellationToken);
        return notifications;
    }

    /// <summary>The complaint, the escalation reason and the last things said, so the manager need not open the case first.</summary>
    private async Task<string> BodyAsync(Case @case, CancellationToken cancellationToken)
    {
        var events = await db.Set<CaseEvent>().AsNoTracking()
            .Where(e => e.CaseId == @case.Id && (e.Kind == CaseEventKind.Escalated || e.Kind == CaseEventKind.Reply || e.Kind == CaseEventKind.CustomerMessage))
            .OrderByDescending(e => e.At).Take(6).ToListAsync(cancellationToken);
        var lines = new List<string>
        {
            $"Case {@case.Number}: {@case.Subject}",
            $"Complaint: {@case.Complaint?.What}",
            $"Escalated at {@case.EscalatedAt:u}: {events.FirstOrDefault(e => e.Kind == CaseEventKind.Escalated)?.Body}",
            events.Any(e => e.Kind == CaseEventKind.Reply && e.At >= @case.EscalatedAt) ? "The customer was called back." : "The customer was NOT called back.",
        };
        lines.AddRange(events.Where(e => e.Kind != CaseEventKind.Escalated).Reverse().Select(e => $"{e.At:u} {e.Kind}: {e.Body}"));
        var body = string.Join('\n', lines);
        return body.Length > 12_000 ? body[..12_000] : body;
    }
}
