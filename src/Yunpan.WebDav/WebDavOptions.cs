using System.ComponentModel.DataAnnotations;

namespace Yunpan.WebDav;

public sealed class WebDavOptions
{
    public const string Section = "WebDav";

    /// <summary>Largest XML request body (PROPFIND, PROPPATCH, LOCK) read; larger ones answer 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxXmlBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest value of one dead property, in characters of XML.</summary>
    [Range(64, 1024 * 1024)]
    public int MaxPropertyXml { get; set; } = 64 * 1024;

    /// <summary>Lock timeout when the client asks for none or for Infinite.</summary>
    public TimeSpan DefaultLockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest lock timeout granted; clients refresh before it runs out.</summary>
    public TimeSpan MaxLockTimeout { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A chunked upload (Nextcloud clients) untouched this long is deleted with its bytes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ChunkedUploadExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Chunked uploads one member may have open at once (each may hold up to the plan's largest file).</summary>
    [Range(1, 1000)]
    public int MaxOpenChunkedUploads { get; set; } = 16;
}
