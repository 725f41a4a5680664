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

    /// <summary>How long a resumable upload may sit unfinished before it is deleted (tus expiration). Default 24 h.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan UploadExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired resumable uploads are swept.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UploadSweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an instant-upload challenge may be answered (D-4). Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan InstantUploadValidity { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The secret the instant-upload challenges are derived from: base64 of at least 32 random bytes. Leave empty to
    /// have one created in the data directory (keys/instant-upload.key, readable by the server's user only). Never logged.
    /// </summary>
    public string? InstantUploadSecret { get; set; }
}
