using System.ComponentModel.DataAnnotations;

namespace Yunpan.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>How long an unreferenced blob is kept before it is collected. Uploads that are about to link a blob
    /// finish well inside this window, so the collector never races them.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan CollectionGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the collector looks for unreferenced blobs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(10);
}
