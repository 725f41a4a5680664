using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;
using Yunpan.Plans.Entitlements;
using Yunpan.Plans.Orders;
using Yunpan.Plans.Payments;

namespace Yunpan.Plans.Traffic;

/// <summary>
/// An online order of extra business-link traffic (S-8): gigabytes at the configured price, paid through the same
/// provider as plans. Only members whose plan has business links may buy it: for anyone else it would buy nothing.
/// </summary>
internal sealed class PlaceTrafficOrder(DbContext db, IEntitlements entitlements, IEnumerable<IPaymentProvider> providers, IOptions<PlansOptions> options, TimeProvider clock)
{
    /// <summary>Stored as the plan id of traffic orders, which belong to no plan.</summary>
    public const string ProductId = "business-traffic";

    public async Task<(Order Order, string PaymentUrl)> ExecuteAsync(Guid memberId, int gigabytes, CancellationToken cancellationToken)
    {
        if (gigabytes is < 1 or > BusinessTrafficOptions.MaxGbPerOrder)
        {
            throw PlansErrors.InvalidTrafficAmount();
        }

        var provider = providers.FirstOrDefault() ?? throw PlansErrors.PaymentUnavailable();
        var plan = await entitlements.ForMemberAsync(memberId, cancellationToken);
        if (!plan.Has(PlanCapabilities.BusinessLinks))
        {
            throw PlansErrors.BusinessLinksNotInPlan(plan.PlanName);
        }

        var now = clock.GetUtcNow();
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            PlanId = ProductId,
            Product = OrderProduct.BusinessTraffic,
            TrafficBytes = gigabytes * BusinessTrafficOptions.BytesPerGb,
            Unit = BillingUnit.Month,
            Quantity = gigabytes,
            Amount = Money.ToFen(options.Value.BusinessTraffic.PricePerGb) * gigabytes,
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
