using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Rewards;

/// <summary>R-4: the capacity of a starter task the member has done, granted once.</summary>
internal sealed class ClaimTask(DbContext db, CapacityLedger ledger, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    public async Task<TaskClaimResult> ExecuteAsync(Guid memberId, string taskId, CancellationToken cancellationToken)
    {
        var task = options.Value.Tasks.FirstOrDefault(t => t.Id == taskId) ?? throw PlansErrors.UnknownTask(taskId);
        if (!await db.Set<TaskCompletion>().AnyAsync(t => t.MemberId == memberId && t.TaskId == task.Id, cancellationToken))
        {
            throw PlansErrors.TaskNotDone(task.Id);
        }

        if (!await ledger.TryGrantAsync(memberId, GrantSources.Task, task.Id, task.Bytes, calendar.Now, cancellationToken))
        {
            throw PlansErrors.TaskClaimed(task.Id);
        }

        return new TaskClaimResult(task.Id, task.Bytes);
    }
}
