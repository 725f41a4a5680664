namespace Yunpan.Plans.Orders;

/// <summary>P-4: the online payment page, or a third-party shop whose order staff activate by hand.</summary>
public enum SalesChannel
{
    Online,
    Shop,
}
