namespace Yunpan.Storage.Persistence;

/// <summary>The catalog row of a blob: how many file versions point at it, and when that last changed.</summary>
internal sealed class BlobRecord
{
    public required string Hash { get; init; }

    public long Size { get; init; }

    public long RefCount { get; set; }

    /// <summary>Last time the blob was written, referenced or released; the collection grace counts from here.</summary>
    public DateTimeOffset TouchedAt { get; set; }
}
