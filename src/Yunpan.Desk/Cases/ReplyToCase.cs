using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Cases;

/// <summary>An agent's message to the customer. K-8: a banned phrase stops it before anything is recorded or sent.</summary>
internal sealed class ReplyToCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, CheckText check)
{
    public async Task<CaseEvent> ExecuteAsync(ClaimsPrincipal staff, Guid caseId, ReplyRequest request, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadInChargeAsync(db, caseId, staff, cancellationToken);
        var body = DeskText.Required(request.Body, "body", 10_000);
        await check.EnsureCleanAsync(body, cancellationToken);

        var reply = timeline.Add(@case, staff.MemberId(), CaseEventKind.Reply, body);

        // Telling the customer is what a fixed technical task and the daily progress clock wait for.
        await clocks.MeetAsync(@case, DeadlineKind.TellCustomer, cancellationToken);
        await clocks.MeetAsync(@case, DeadlineKind.SupervisorContact, cancellationToken);
        await clocks.MeetAsync(@case, DeadlineKind.Callback, cancellationToken);
        await clocks.StartAsync(@case, DeadlineKind.ProgressUpdate, cancellationToken);
        if (request.WaitForCustomer)
        {
            await clocks.PauseAsync(@case, cancellationToken);
        }
        var status = request.WaitForCustomer ? CaseStatus.WaitingForCustomer : CaseStatus.Open;
        if (@case.Status != status)
        {
            @case.Status = status;
            timeline.Add(@case, staff.MemberId(), CaseEventKind.StatusChanged, status.Wire());
        }

        await db.SaveChangesAsync(cancellationToken);
        return reply;
    }
}
