using System.ComponentModel.DataAnnotations;

namespace Yunpan.Drive;

/// <summary>Configuration section <c>Drive</c>.</summary>
public sealed class DriveOptions
{
    public const string Section = "Drive";

    /// <summary>Largest body of a plain (non-resumable) upload; larger files go through tus (D-3). Default 100 MB.</summary>
    [Range(1, long.MaxValue)]
    public long SimpleUploadLimit { get; set; } = 100L * 1024 * 1024;

    /// <summary>Earlier contents kept per file when it is overwritten (D-8).</summary>
    [Range(0, 1000)]
    public int MaxVersions { get; set; } = 10;

    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 100;

    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 1000;
}
