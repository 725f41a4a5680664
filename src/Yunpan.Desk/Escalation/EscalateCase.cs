using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Escalation;

/// <summary>
/// K-5: the owner (or a supervisor) escalates a complaint. Two clocks start: the callback to the customer (met by a
/// reply) and the escalation itself (met when the case is resolved); when the second runs out first, the sweeper
/// reports the incident to the managers.
/// </summary>
internal sealed class EscalateCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, TimeProvider clock)
{
    public async Task<Case> ExecuteAsync(ClaimsPrincipal staff, Guid caseId, EscalateRequest request, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadInChargeAsync(db, caseId, staff, cancellationToken);
        var reason = DeskText.Required(request.Reason, "reason", 2000);
        if (@case.Type != CaseType.Complaint)
        {
            throw new DomainException(ErrorCodes.CaseNotComplaint, StatusCodes.Status409Conflict, $"Case {@case.Number} is not a complaint; only complaints are escalated.");
        }

        if (@case.EscalatedAt is not null)
        {
            throw new DomainException(ErrorCodes.CaseAlreadyEscalated, StatusCodes.Status409Conflict, $"Case {@case.Number} was escalated already.");
        }

        if (@case.Status is CaseStatus.Resolved)
        {
            throw new DomainException(ErrorCodes.CaseResolved, StatusCodes.Status409Conflict, $"Case {@case.Number} is resolved; a dissatisfied rating reopens it.");
        }

        @case.EscalatedAt = clock.GetUtcNow();
        timeline.Add(@case, staff.MemberId(), CaseEventKind.Escalated, reason, isInternal: true);
        await clocks.StartAsync(@case, DeadlineKind.Callback, cancellationToken);
        await clocks.StartAsync(@case, DeadlineKind.Escalation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
