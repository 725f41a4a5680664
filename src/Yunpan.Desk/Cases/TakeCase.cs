using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Desk.Cases;

/// <summary>K-4 首问责任: the first agent to take a case owns it; a second one is told who has it.</summary>
internal sealed class TakeCase(DbContext db, CaseTimeline timeline, TimeProvider clock)
{
    public async Task<Case> ExecuteAsync(Guid agentId, Guid caseId, CancellationToken cancellationToken)
    {
        // One conditional update decides between agents taking it at the same moment.
        var now = clock.GetUtcNow();
        var taken = await db.Set<Case>()
            .Where(c => c.Id == caseId && c.OwnerId == null && c.Status != CaseStatus.Closed)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OwnerId, agentId).SetProperty(c => c.Status, CaseStatus.Open).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        var @case = await CaseAccess.LoadAsync(db, caseId, cancellationToken);
        if (taken == 0)
        {
            CaseAccess.EnsureNotClosed(@case);
            if (@case.OwnerId != agentId)
            {
                throw new DomainException(ErrorCodes.CaseTaken, StatusCodes.Status409Conflict, $"Case {@case.Number} is already owned by another agent.",
                    new Dictionary<string, object?> { ["ownerId"] = @case.OwnerId });
            }

            return @case;
        }

        timeline.Add(@case, agentId, CaseEventKind.Taken, isInternal: true);
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
