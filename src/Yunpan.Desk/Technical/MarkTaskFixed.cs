using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Technical;

/// <summary>
/// K-3: the technical contact reports the fix; the case's owner must tell the customer at once, which becomes a
/// deadline on the case (a deadline, not a hope).
/// </summary>
internal sealed class MarkTaskFixed(DbContext db, CaseTimeline timeline, CaseClocks clocks, TimeProvider clock)
{
    public async Task<TechnicalTask> ExecuteAsync(Guid contactId, Guid taskId, string note, CancellationToken cancellationToken)
    {
        var task = await db.Set<TechnicalTask>().FirstOrDefaultAsync(t => t.Id == taskId && t.ContactId == contactId, cancellationToken)
            ?? throw DeskErrors.NotFound("task");
        if (task.FixedAt is not null)
        {
            throw new DomainException(ErrorCodes.TaskAlreadyFixed, StatusCodes.Status409Conflict, "This task is already marked fixed.");
        }

        task.FixedAt = clock.GetUtcNow();
        task.FixNote = DeskText.Required(note, "note", 4000);
        var @case = await CaseAccess.LoadAsync(db, task.CaseId, cancellationToken);
        timeline.Add(@case, contactId, CaseEventKind.TechnicalFixed, task.FixNote, isInternal: true);
        if (@case.Status != CaseStatus.Closed)
        {
            // A closed case has nobody left to tell; a clock on it would only raise a breach nobody can meet.
            await clocks.StartAsync(@case, DeadlineKind.TellCustomer, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return task;
    }
}
