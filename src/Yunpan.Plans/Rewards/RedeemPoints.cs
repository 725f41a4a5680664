using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Rewards;

/// <summary>R-1: points buy capacity for a year, at most once a year (a year after the last redemption).</summary>
internal sealed class RedeemPoints(DbContext db, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    public async Task<RedemptionResult> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var now = calendar.Now;
        var points = db.Set<PointEntry>().AsNoTracking().Where(p => p.MemberId == memberId);
        var balance = await points.SumAsync(p => p.Amount, cancellationToken);
        var redemptions = await points.Where(p => p.Reason == PointReasons.Redemption).Select(p => p.At).ToListAsync(cancellationToken);

        var next = NextAllowed(redemptions, rules.RedemptionDays);
        if (next is { } when && when > now)
        {
            throw PlansErrors.RedeemedThisYear(when);
        }

        if (balance < rules.RedemptionPoints)
        {
            throw PlansErrors.PointsInsufficient(balance, rules.RedemptionPoints);
        }

        // The n-th redemption can be written once: two racing requests both computing n, one reaches the index first.
        var reference = (redemptions.Count + 1).ToString(CultureInfo.InvariantCulture);
        var expires = now.AddDays(rules.RedemptionDays);
        var spent = new PointEntry
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Amount = -rules.RedemptionPoints,
            Reason = PointReasons.Redemption,
            Reference = reference,
            At = now,
        };
        var grant = new CapacityGrant
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Source = GrantSources.Points,
            Reference = reference,
            Bytes = rules.RedemptionBytes,
            GrantedAt = now,
            ExpiresAt = expires,
        };
        if (!await UniqueInsert.TrySaveAsync(db, cancellationToken, spent, grant))
        {
            throw PlansErrors.RedeemedThisYear(now.AddDays(rules.RedemptionDays));
        }

        return new RedemptionResult(balance - rules.RedemptionPoints, rules.RedemptionBytes, expires);
    }

    public static DateTimeOffset? NextAllowed(IEnumerable<DateTimeOffset> redemptions, int days) =>
        redemptions.Select(at => (DateTimeOffset?)at.AddDays(days)).Max();
}
