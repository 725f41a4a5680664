using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Rewards;

/// <summary>Everything the rewards page shows, for one member. Points and check-ins grow by a row a day, so they are
/// summed in the database; only the few rows the page names (redemptions, tasks) are read.</summary>
internal sealed class GetRewards(DbContext db, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    public async Task<RewardsDto> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var today = calendar.Today;
        var todayKey = PlansCalendar.DayKey(today);
        var points = db.Set<PointEntry>().AsNoTracking().Where(p => p.MemberId == memberId);
        var grants = db.Set<CapacityGrant>().AsNoTracking().Where(g => g.MemberId == memberId);
        var checkIns = grants.Where(g => g.Source == GrantSources.CheckIn);
        var invitations = db.Set<Invitation>().AsNoTracking().Where(i => i.InviterId == memberId);

        var balance = await points.SumAsync(p => p.Amount, cancellationToken);
        var signedInToday = await points.AnyAsync(p => p.Reason == PointReasons.SignIn && p.Reference == todayKey, cancellationToken);
        var redemptions = await points.Where(p => p.Reason == PointReasons.Redemption).Select(p => p.At).ToListAsync(cancellationToken);
        var next = RedeemPoints.NextAllowed(redemptions, rules.RedemptionDays);
        var checkInCount = await checkIns.CountAsync(cancellationToken);
        var checkInBytes = await checkIns.SumAsync(g => g.Bytes, cancellationToken);
        var checkedInToday = await checkIns.AnyAsync(g => g.Reference == todayKey, cancellationToken);
        var claimed = await grants.Where(g => g.Source == GrantSources.Task).ToDictionaryAsync(g => g.Reference, g => g.GrantedAt, cancellationToken);
        var done = await db.Set<TaskCompletion>().AsNoTracking().Where(t => t.MemberId == memberId).ToDictionaryAsync(t => t.TaskId, t => t.DoneAt, cancellationToken);

        return new RewardsDto(
            balance,
            signedInToday,
            new RedemptionDto(rules.RedemptionPoints, rules.RedemptionBytes, rules.RedemptionDays, next > calendar.Now ? next : null),
            new CheckInStatusDto(checkedInToday, rules.CheckInMinimumBytes, checkInBytes, checkInCount),
            new InvitationStatusDto(await invitations.CountAsync(i => i.Day == today, cancellationToken), rules.InvitationsPerDay,
                await invitations.CountAsync(cancellationToken), rules.InvitationsTotal,
                await invitations.CountAsync(i => i.RewardedAt != null, cancellationToken), rules.InvitationBytes),
            rules.Tasks.Select(t => new StarterTaskDto(t.Id, t.Group, t.Bytes,
                done.TryGetValue(t.Id, out var doneAt) ? doneAt : null, claimed.TryGetValue(t.Id, out var claimedAt) ? claimedAt : null)).ToList(),
            calendar.Zone.Id);
    }
}
