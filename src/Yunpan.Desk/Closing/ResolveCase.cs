using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Closing;

/// <summary>
/// K-6: the owner tells the customer the outcome (checked for banned phrases like any reply) and asks them to rate
/// it; a complaint also needs the summary and lessons for the problem archive.
/// </summary>
internal sealed class ResolveCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, CheckText check)
{
    public async Task<Case> ExecuteAsync(ClaimsPrincipal staff, Guid caseId, ResolveRequest request, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadInChargeAsync(db, caseId, staff, cancellationToken);
        var outcome = DeskText.Required(request.Outcome, "outcome", 10_000);
        var summary = DeskText.Optional(request.Summary, "summary", 4000);
        var lessons = DeskText.Optional(request.Lessons, "lessons", 4000);
        if (@case.Type == CaseType.Complaint && (summary is null || lessons is null))
        {
            throw DeskErrors.Invalid("A complaint closes into the problem archive: give its summary and the lessons learned.");
        }

        await check.EnsureCleanAsync(outcome, cancellationToken);
        @case.Outcome = outcome;
        @case.Summary = summary;
        @case.Lessons = lessons;
        @case.Status = CaseStatus.Resolved;
        timeline.Add(@case, staff.MemberId(), CaseEventKind.Resolved, outcome);
        await clocks.ResolvedAsync(@case, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
