using Microsoft.EntityFrameworkCore;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Cases;

/// <summary>The customer writes on their own case; an answer to a question the desk asked starts the clocks again.</summary>
internal sealed class AddCustomerMessage(DbContext db, CaseTimeline timeline, CaseClocks clocks)
{
    public async Task<CaseEvent> ExecuteAsync(Guid memberId, Guid caseId, string body, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == caseId && c.MemberId == memberId, cancellationToken)
            ?? throw DeskErrors.NotFound("case");
        CaseAccess.EnsureNotClosed(@case);
        var message = timeline.Add(@case, memberId, CaseEventKind.CustomerMessage, DeskText.Required(body, "body", 10_000));
        if (@case.Status == CaseStatus.WaitingForCustomer)
        {
            @case.Status = CaseStatus.Open;
            timeline.Add(@case, memberId, CaseEventKind.StatusChanged, CaseStatus.Open.Wire());
            await clocks.ResumeAsync(@case, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return message;
    }
}
