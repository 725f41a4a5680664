using Microsoft.EntityFrameworkCore;

namespace Yunpan.Plans.Orders;

/// <summary>
/// A provider confirmed an order's payment: the order turns paid and the plan is granted, once. Gateways repeat their
/// notifications until answered, sometimes concurrently; the pending → paid update is the claim, so only one of them
/// grants the plan and the others are answered "already paid".
/// </summary>
internal sealed class ConfirmPayment(DbContext db, MemberPlans plans, TimeProvider clock)
{
    /// <returns>True when this confirmation activated the order; false when it was already paid.</returns>
    public async Task<bool> ExecuteAsync(Guid orderId, string provider, long amount, string reference, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Set<Order>().FirstOrDefaultAsync(o => o.Id == orderId && o.Provider == provider, cancellationToken)
            ?? throw PlansErrors.PaymentRejected("no such order for this provider.");
        if (order.Amount != amount)
        {
            throw PlansErrors.PaymentRejected($"the amount paid ({amount} fen) is not the order's ({order.Amount} fen).");
        }

        var now = clock.GetUtcNow();
        var claimed = await db.Set<Order>()
            .Where(o => o.Id == orderId && o.Status == OrderStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Paid).SetProperty(o => o.PaidAt, now).SetProperty(o => o.ProviderReference, reference), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        await db.Entry(order).ReloadAsync(cancellationToken);
        if (order.Product == OrderProduct.BusinessTraffic)
        {
            // Nothing to grant: the paid order is the record that business-link metering adds, from now on (S-8).
            order.PeriodStart = now;
        }
        else
        {
            await plans.GrantAsync(order, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }
}
