using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Closing;

/// <summary>
/// K-6: the customer rates the resolution. Dissatisfied reopens the case with a follow-up deadline for its owner
/// (complaints are followed until the customer is satisfied); any other answer closes it, a complaint into the
/// problem archive.
/// </summary>
internal sealed class RateCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, TimeProvider clock)
{
    public async Task<Case> ExecuteAsync(Guid memberId, Guid caseId, string rating, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == caseId && c.MemberId == memberId, cancellationToken)
            ?? throw DeskErrors.NotFound("case");
        if (!WireNames.TryParse<Satisfaction>(rating, out var satisfaction))
        {
            throw DeskErrors.Invalid($"Rating must be one of: {string.Join(", ", WireNames.All<Satisfaction>())}.");
        }

        if (@case.Status != CaseStatus.Resolved)
        {
            throw new DomainException(ErrorCodes.CaseNotResolved, StatusCodes.Status409Conflict, $"Case {@case.Number} is {@case.Status.Wire()}; only a resolved case can be rated.");
        }

        var now = clock.GetUtcNow();
        @case.Satisfaction = satisfaction;
        timeline.Add(@case, memberId, CaseEventKind.Rated, satisfaction.Wire());
        if (satisfaction == Satisfaction.Dissatisfied)
        {
            @case.Status = CaseStatus.Open;
            await clocks.StartAsync(@case, DeadlineKind.FollowUp, cancellationToken);
        }
        else
        {
            @case.Status = CaseStatus.Closed;
            @case.ClosedAt = now;
            if (@case is { Type: CaseType.Complaint, Summary: { } summary, Lessons: { } lessons })
            {
                db.Add(new ArchivedProblem
                {
                    Id = Guid.CreateVersion7(),
                    CaseId = @case.Id,
                    CaseNumber = @case.Number,
                    CategoryId = @case.CategoryId,
                    Subject = @case.Subject,
                    Summary = summary,
                    Lessons = lessons,
                    ArchivedAt = now,
                });
            }
        }

        timeline.Add(@case, memberId, CaseEventKind.StatusChanged, @case.Status.Wire());
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
