namespace Yunpan.Plans.Catalog;

/// <summary>One plan of the catalog. Sizes are bytes.</summary>
public sealed class PlanDefinition
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long Capacity { get; set; }

    public long MaxUpload { get; set; }

    public long MaxShared { get; set; }

    /// <summary>Null for free plans.</summary>
    public decimal? PricePerYear { get; set; }

    /// <summary>Capability flags (encryptedLinks, folderDownload, …) that other modules ask about.</summary>
    public List<string> Capabilities { get; set; } = [];
}
