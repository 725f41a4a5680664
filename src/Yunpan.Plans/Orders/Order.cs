namespace Yunpan.Plans.Orders;

/// <summary>
/// One purchase of a plan term. Online orders are created pending and paid through a provider's confirmation; shop
/// orders are created paid by the staff member who activated them (recorded, with the shop's order number, for audit).
/// The period it granted is stored, so support can explain any member's plan dates.
/// </summary>
internal sealed class Order
{
    public Guid Id { get; init; }

    public Guid MemberId { get; init; }

    public required string PlanId { get; init; }

    /// <summary>A plan term, or extra business-link traffic (then <see cref="PlanId"/> is "business-traffic" and
    /// <see cref="Quantity"/> the gigabytes).</summary>
    public OrderProduct Product { get; init; }

    /// <summary>Bytes of extra traffic a <see cref="OrderProduct.BusinessTraffic"/> order buys.</summary>
    public long TrafficBytes { get; init; }

    public BillingUnit Unit { get; init; }

    public int Quantity { get; init; }

    /// <summary>Fen (0.01 yuan).</summary>
    public long Amount { get; init; }

    public SalesChannel Channel { get; init; }

    /// <summary>The payment provider's name (online) or "shop".</summary>
    public required string Provider { get; init; }

    /// <summary>The provider's transaction id, or the shop's order number.</summary>
    public string? ProviderReference { get; set; }

    public OrderStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The staff member who activated a shop order.</summary>
    public Guid? ActivatedBy { get; init; }

    public PurchaseKind? Kind { get; set; }

    public DateTimeOffset? PeriodStart { get; set; }

    public DateTimeOffset? PeriodEnd { get; set; }

    public int ConvertedDays { get; set; }

    public string? ConvertedFromPlanId { get; set; }
}
