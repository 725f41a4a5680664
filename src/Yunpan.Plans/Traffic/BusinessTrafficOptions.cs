namespace Yunpan.Plans.Traffic;

/// <summary>Configuration <c>Plans:BusinessTraffic</c>: extra traffic for business links (S-8), sold by the gigabyte.</summary>
public sealed class BusinessTrafficOptions
{
    /// <summary>Bytes in the unit extra traffic is sold by (GiB, like the plans' capacities).</summary>
    public const long BytesPerGb = 1L << 30;

    /// <summary>The most gigabytes one order buys.</summary>
    public const int MaxGbPerOrder = 10_000;

    /// <summary>Yuan per gigabyte of extra traffic.</summary>
    public decimal PricePerGb { get; set; } = 1m;
}
