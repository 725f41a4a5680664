namespace Yunpan.Plans.Orders;

/// <summary>What an order buys.</summary>
public enum OrderProduct
{
    /// <summary>A term of a plan (P-2, P-3).</summary>
    Plan,

    /// <summary>Extra traffic for business links (S-8), counted in the month it is paid.</summary>
    BusinessTraffic,
}
