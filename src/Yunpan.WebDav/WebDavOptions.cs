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
}
