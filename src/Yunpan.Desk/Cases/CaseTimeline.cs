using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.Cases;

/// <summary>Appends to a case's timeline and touches the case, in the caller's unit of work.</summary>
internal sealed class CaseTimeline(DbContext db, TimeProvider clock)
{
    public CaseEvent Add(Case @case, Guid? actor, CaseEventKind kind, string? body = null, Guid? target = null, bool isInternal = false)
    {
        var now = clock.GetUtcNow();
        var entry = new CaseEvent
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            At = now,
            ActorId = actor,
            Kind = kind,
            Body = body,
            TargetId = target,
            Internal = isInternal,
        };
        db.Add(entry);
        @case.UpdatedAt = now;
        return entry;
    }
}
