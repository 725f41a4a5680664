using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Security;

namespace Yunpan.Plans.Orders;

/// <summary>
/// P-4, the shop channel: a member bought in a third-party shop, and staff activate the plan against the shop's order
/// number. The order records who activated it and the shop's number (unique: one shop order activates one plan).
/// </summary>
internal sealed class ActivateShopOrder(DbContext db, MemberPlans plans, IMemberDirectory members, TimeProvider clock)
{
    public const string ProviderName = "shop";

    public async Task<Order> ExecuteAsync(Guid staffId, Guid memberId, string planId, string unit, int quantity, string shopOrderNumber, CancellationToken cancellationToken)
    {
        var reference = shopOrderNumber?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 128)
        {
            throw PlansErrors.ShopOrderNumberRequired();
        }

        if (!await members.ExistsAsync(memberId, cancellationToken))
        {
            throw PlansErrors.MemberNotFound();
        }

        var (plan, term, amount) = plans.Price(planId, unit, quantity);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<Order>().AnyAsync(o => o.Provider == ProviderName && o.ProviderReference == reference, cancellationToken))
        {
            throw PlansErrors.ShopOrderUsed(reference);
        }

        var now = clock.GetUtcNow();
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            PlanId = plan.Id,
            Unit = term.Unit,
            Quantity = term.Quantity,
            Amount = amount,
            Channel = SalesChannel.Shop,
            Provider = ProviderName,
            ProviderReference = reference,
            Status = OrderStatus.Paid,
            CreatedAt = now,
            PaidAt = now,
            ActivatedBy = staffId,
        };
        db.Add(order);
        await plans.GrantAsync(order, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return order;
    }
}
