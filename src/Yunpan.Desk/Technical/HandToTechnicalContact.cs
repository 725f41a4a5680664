using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;

namespace Yunpan.Desk.Technical;

/// <summary>K-3: the owner collects the details and hands them to a technical contact; the case stays theirs.</summary>
internal sealed class HandToTechnicalContact(DbContext db, CaseTimeline timeline, IMemberDirectory members, TimeProvider clock)
{
    public async Task<TechnicalTask> ExecuteAsync(ClaimsPrincipal staff, Guid caseId, TechnicalHandOffRequest request, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadInChargeAsync(db, caseId, staff, cancellationToken);
        var details = DeskText.Required(request.Details, "details", 10_000);
        if (!await members.HasRoleAsync(request.ContactId, Roles.TechnicalContact, cancellationToken))
        {
            throw DeskErrors.Invalid("Technical questions go to a technical contact; that member is not one.");
        }

        var task = new TechnicalTask
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            ContactId = request.ContactId,
            AssignedBy = staff.MemberId(),
            Details = details,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(task);
        timeline.Add(@case, staff.MemberId(), CaseEventKind.TechnicalHandOff, details, request.ContactId, isInternal: true);
        await db.SaveChangesAsync(cancellationToken);
        return task;
    }
}
