using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.Cases;

/// <summary>A staff-only note on the timeline (never shown to the customer).</summary>
internal sealed class AddNote(DbContext db, CaseTimeline timeline)
{
    public async Task<CaseEvent> ExecuteAsync(Guid staffId, Guid caseId, string body, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadAsync(db, caseId, cancellationToken);
        var note = timeline.Add(@case, staffId, CaseEventKind.Note, DeskText.Required(body, "body", 10_000), isInternal: true);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }
}
