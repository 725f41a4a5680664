namespace Yunpan.Plans.Payments;

/// <summary>
/// An online payment provider (P-4): where the member pays an order, and how its confirmations are checked. The
/// sandbox provider is the only one built so far; real gateways plug in here.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name, stored on orders (e.g. <c>sandbox</c>).</summary>
    string Name { get; }

    /// <summary>Where the member goes to pay the order.</summary>
    string PaymentUrl(Guid orderId);
}
