using Microsoft.EntityFrameworkCore;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Traffic;

/// <summary>Sums the member's paid extra-traffic orders, so a payment counts from the moment it is confirmed.</summary>
internal sealed class PaidExtraTraffic(DbContext db) : IBusinessTraffic
{
    public async Task<long> ExtraPaidAsync(Guid memberId, DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var paid = await db.Set<Order>().AsNoTracking()
            .Where(o => o.MemberId == memberId && o.Product == OrderProduct.BusinessTraffic && o.Status == OrderStatus.Paid)
            .Select(o => new { o.PaidAt, o.TrafficBytes })
            .ToListAsync(cancellationToken);

        // Compared in memory: SQLite keeps DateTimeOffset as text, and a member has few such orders.
        return paid.Where(o => o.PaidAt >= start && o.PaidAt < until).Sum(o => o.TrafficBytes);
    }
}
