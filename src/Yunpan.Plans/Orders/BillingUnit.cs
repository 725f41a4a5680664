namespace Yunpan.Plans.Orders;

/// <summary>Paid plans are bought by the month or by the year (P-2).</summary>
public enum BillingUnit
{
    Month,
    Year,
}
