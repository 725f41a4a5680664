namespace Yunpan.Plans.Invoices;

/// <summary>P-5: amount = order + tax (rounded to the fen, half away from zero) + postage.</summary>
internal static class InvoiceAmounts
{
    public static (long Tax, long Postage) For(long orderFen, decimal taxRate, decimal postageYuan) =>
        ((long)decimal.Round(orderFen * taxRate, 0, MidpointRounding.AwayFromZero), Orders.Money.ToFen(postageYuan));
}
