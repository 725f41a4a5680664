using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Rewards;

/// <summary>R-2: once a day, a random permanent bonus of at least the configured minimum (a long-tailed draw).</summary>
internal sealed class CheckIn(DbContext db, CapacityLedger ledger, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    public async Task<CheckInResult> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var day = calendar.Today;
        var reference = PlansCalendar.DayKey(day);
        if (await ledger.HasAsync(memberId, GrantSources.CheckIn, reference, cancellationToken))
        {
            throw PlansErrors.CheckedInToday(day);
        }

        // 1 − NextDouble() lies in (0, 1]: the draw never divides by zero and 1 gives exactly the minimum.
        var bytes = CheckInDraw.Bytes(1.0 - Random.Shared.NextDouble(), options.Value.CheckInMinimumBytes, options.Value.CheckInTailIndex);
        if (!await ledger.TryGrantAsync(memberId, GrantSources.CheckIn, reference, bytes, calendar.Now, cancellationToken))
        {
            throw PlansErrors.CheckedInToday(day);
        }

        var total = await db.Set<CapacityGrant>().AsNoTracking()
            .Where(g => g.MemberId == memberId && g.Source == GrantSources.CheckIn)
            .SumAsync(g => g.Bytes, cancellationToken);
        return new CheckInResult(bytes, total, day);
    }
}
