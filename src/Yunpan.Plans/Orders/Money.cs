namespace Yunpan.Plans.Orders;

/// <summary>Amounts are kept in fen (0.01 yuan) as whole numbers, so sums and comparisons are exact in any database.</summary>
public static class Money
{
    /// <summary>Every price, order and invoice is in yuan.</summary>
    public const string Currency = "CNY";

    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal ToYuan(long fen) => fen / 100m;
}
