using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Escalation;

/// <summary>K-5: a manager answers an incident report; the reply clock stops and the answer joins the case's timeline for the owner.</summary>
internal sealed class AnswerIncidentReport(DbContext db, CaseTimeline timeline, CaseClocks clocks, TimeProvider clock)
{
    public async Task<IncidentReport> ExecuteAsync(Guid managerId, Guid reportId, string? answer, CancellationToken cancellationToken)
    {
        var text = DeskText.Required(answer, "answer", 10_000);
        var report = await db.Set<IncidentReport>().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken) ?? throw DeskErrors.NotFound("incident report");
        if (report.AnsweredAt is not null)
        {
            throw new DomainException(ErrorCodes.IncidentAlreadyAnswered, StatusCodes.Status409Conflict, $"The incident report on {report.CaseNumber} was answered already.");
        }

        var @case = await CaseAccess.LoadAsync(db, report.CaseId, cancellationToken);
        report.Answer = text;
        report.AnsweredBy = managerId;
        report.AnsweredAt = clock.GetUtcNow();
        timeline.Add(@case, managerId, CaseEventKind.IncidentAnswered, text, report.Id, isInternal: true);
        await clocks.MeetAsync(@case, DeadlineKind.ManagerReply, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
