using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Rewards;

/// <summary>Everything the rewards page shows, for one member.</summary>
internal sealed class GetRewards(DbContext db, CapacityLedger ledger, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    public async Task<RewardsDto> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var today = calendar.Today;
        var todayText = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var points = await db.Set<PointEntry>().AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => new { p.Amount, p.Reason, p.Reference, p.At }).ToListAsync(cancellationToken);
        var grants = await ledger.ListAsync(memberId, cancellationToken);
        var invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.InviterId == memberId)
            .Select(i => new { i.Day, i.RewardedAt }).ToListAsync(cancellationToken);

        var balance = points.Sum(p => p.Amount);
        var next = RedeemPoints.NextAllowed(points.Where(p => p.Reason == PointReasons.Redemption).Select(p => p.At), rules.RedemptionDays);
        var checkIns = grants.Where(g => g.Source == GrantSources.CheckIn).ToList();
        var claimed = grants.Where(g => g.Source == GrantSources.Task).ToDictionary(g => g.Reference, g => g.GrantedAt);
        var done = await db.Set<TaskCompletion>().AsNoTracking().Where(t => t.MemberId == memberId).ToDictionaryAsync(t => t.TaskId, t => t.DoneAt, cancellationToken);

        return new RewardsDto(
            balance,
            points.Any(p => p.Reason == PointReasons.SignIn && p.Reference == todayText),
            new RedemptionDto(rules.RedemptionPoints, rules.RedemptionBytes, rules.RedemptionDays, next > calendar.Now ? next : null),
            new CheckInStatusDto(checkIns.Any(g => g.Reference == todayText), rules.CheckInMinimumBytes, checkIns.Sum(g => g.Bytes), checkIns.Count),
            new InvitationStatusDto(invitations.Count(i => i.Day == today), rules.InvitationsPerDay, invitations.Count, rules.InvitationsTotal,
                invitations.Count(i => i.RewardedAt is not null), rules.InvitationBytes),
            rules.Tasks.Select(t => new StarterTaskDto(t.Id, t.Group, t.Bytes,
                done.TryGetValue(t.Id, out var doneAt) ? doneAt : null, claimed.TryGetValue(t.Id, out var claimedAt) ? claimedAt : null)).ToList(),
            calendar.Zone.Id);
    }
}
