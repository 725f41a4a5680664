namespace Yunpan.Plans.Orders;

public enum OrderStatus
{
    /// <summary>Created, waiting for the payment provider's confirmation.</summary>
    Pending,

    /// <summary>Paid and the plan activated; final.</summary>
    Paid,
}
