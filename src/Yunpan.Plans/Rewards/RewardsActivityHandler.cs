using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Core.Activity;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Rewards;

/// <summary>Turns member activity into rewards: sign-in points, invitation credit, starter tasks done .</summary>
internal sealed class RewardsActivityHandler(DbContext db, CapacityLedger ledger, PlansCalendar calendar, IOptions<RewardsOptions> options)
    : IActivityHandler
{
    public async Task HandleAsync(MemberActivity activity, CancellationToken cancellationToken)
    {
        switch (activity.Kind)
        {
            case ActivityKinds.SignedIn:
                await EarnSignInPointsAsync(activity.MemberId, cancellationToken);
                break;
            case ActivityKinds.Registered when !string.IsNullOrEmpty(activity.Detail):
                await AcceptInvitationAsync(activity.MemberId, activity.Detail, cancellationToken);
                break;
            case ActivityKinds.EmailVerified or ActivityKinds.PhoneBound:
                await CreditInviterAsync(activity.MemberId, cancellationToken);
                break;
        }

        if (StarterTaskIds.For(activity) is { } taskId)
        {
            await CompleteTaskAsync(activity.MemberId, taskId, cancellationToken);
        }
    }

    private async Task EarnSignInPointsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var day = calendar.TodayKey;
        if (options.Value.SignInPoints == 0
            || await db.Set<PointEntry>().AnyAsync(p => p.MemberId == memberId && p.Reason == PointReasons.SignIn && p.Reference == day, cancellationToken))
        {
            return;
        }

        await UniqueInsert.TrySaveAsync(db, cancellationToken, new PointEntry
        {
            Id = Guid.CreateVersion7(calendar.Now),
            MemberId = memberId,
            Amount = options.Value.SignInPoints,
            Reason = PointReasons.SignIn,
            Reference = day,
            At = calendar.Now,
        });
    }

    private async Task AcceptInvitationAsync(Guid inviteeId, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var invitation = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.Code == normalized && i.InviteeId == null, cancellationToken);
        if (invitation is null || invitation.InviterId == inviteeId)
        {
            return; // an unknown or used code does not stand in the way of registering
        }

        invitation.InviteeId = inviteeId;
        invitation.AcceptedAt = calendar.Now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreditInviterAsync(Guid inviteeId, CancellationToken cancellationToken)
    {
        var invitation = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.InviteeId == inviteeId && i.RewardedAt == null, cancellationToken);
        if (invitation is null)
        {
            return;
        }

        await ledger.TryGrantAsync(invitation.InviterId, GrantSources.Invitation, invitation.Id.ToString("N"), options.Value.InvitationBytes, calendar.Now, cancellationToken);
        invitation.RewardedAt = calendar.Now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CompleteTaskAsync(Guid memberId, string taskId, CancellationToken cancellationToken)
    {
        if (options.Value.Tasks.All(t => t.Id != taskId) || await Completed(db, memberId, taskId, cancellationToken))
        {
            return;
        }

        await UniqueInsert.TrySaveAsync(db, cancellationToken, new TaskCompletion { MemberId = memberId, TaskId = taskId, DoneAt = calendar.Now });
    }

    // Compiled once: every upload asks whether the upload task is done.
    private static readonly Func<DbContext, Guid, string, CancellationToken, Task<bool>> Completed = EF.CompileAsyncQuery(
        (DbContext db, Guid memberId, string taskId, CancellationToken _) => db.Set<TaskCompletion>().Any(t => t.MemberId == memberId && t.TaskId == taskId));
}
