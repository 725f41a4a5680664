using Microsoft.EntityFrameworkCore;
using Yunpan.Plans.Payments;

namespace Yunpan.Plans.Orders;

/// <summary>An online purchase: a pending order at the quoted price, paid through the configured provider.</summary>
internal sealed class PlaceOrder(DbContext db, MemberPlans plans, IEnumerable<IPaymentProvider> providers, TimeProvider clock)
{
    public async Task<(Order Order, string PaymentUrl)> ExecuteAsync(Guid memberId, string planId, string unit, int quantity, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault() ?? throw PlansErrors.PaymentUnavailable();

        // The quote refuses what cannot be bought (unknown plan, free plan, downgrade) before an order exists.
        var quote = await plans.QuoteAsync(memberId, planId, unit, quantity, cancellationToken);
        var now = clock.GetUtcNow();
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            PlanId = quote.Plan.Id,
            Unit = quote.Term.Unit,
            Quantity = quote.Term.Quantity,
            Amount = quote.Amount,
            Channel = SalesChannel.Online,
            Provider = provider.Name,
            Status = OrderStatus.Pending,
            CreatedAt = now,
        };
        db.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return (order, provider.PaymentUrl(order.Id));
    }
}
