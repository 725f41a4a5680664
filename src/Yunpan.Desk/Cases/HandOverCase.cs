using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;

namespace Yunpan.Desk.Cases;

/// <summary>K-4: ownership moves only inside the desk, to another agent, with the reason on the timeline.</summary>
internal sealed class HandOverCase(DbContext db, CaseTimeline timeline, IMemberDirectory members)
{
    public async Task<Case> ExecuteAsync(ClaimsPrincipal staff, Guid caseId, HandOverRequest request, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadInChargeAsync(db, caseId, staff, cancellationToken);
        var reason = DeskText.Required(request.Reason, "reason", 1000);
        if (!await members.HasRoleAsync(request.ToAgentId, Roles.Agent, cancellationToken))
        {
            throw DeskErrors.Invalid("A case is handed to an agent of the desk; that member is not one.");
        }

        @case.OwnerId = request.ToAgentId;
        @case.Status = @case.Status == CaseStatus.New ? CaseStatus.Open : @case.Status;
        timeline.Add(@case, staff.MemberId(), CaseEventKind.HandedOver, reason, request.ToAgentId, isInternal: true);
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
