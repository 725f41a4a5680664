namespace Yunpan.Plans.Catalog;

/// <summary>One plan of the catalog. Sizes are bytes.</summary>
public sealed class PlanDefinition
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long Capacity { get; set; }

    public long MaxUpload { get; set; }

    public long MaxShared { get; set; }

    /// <summary>Yuan per year; null for free plans. Also the base of the daily price used to convert a plan's
    /// remaining value on an upgrade (P-3).</summary>
    public decimal? PricePerYear { get; set; }

    /// <summary>Yuan per month; null when the plan is sold by the year only.</summary>
    public decimal? PricePerMonth { get; set; }

    /// <summary>Bytes that the member's business links (S-8) may send in a calendar month (UTC); 0 for plans without
    /// the businessLinks capability.</summary>
    public long BusinessTrafficPerMonth { get; set; }

    /// <summary>Capability flags (encryptedLinks, folderDownload, …) that other modules ask about.</summary>
    public List<string> Capabilities { get; set; } = [];
}
