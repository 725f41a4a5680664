namespace Yunpan.Drive.Persistence;

/// <summary>An earlier content of a file (D-8). Points at the same blob the file pointed at: no bytes are copied.</summary>
internal sealed class FileVersion
{
    public Guid Id { get; init; }

    public Guid NodeId { get; init; }

    public Guid OwnerId { get; init; }

    public required string BlobHash { get; init; }

    public long Size { get; init; }

    /// <summary>When this content was written.</summary>
    public DateTimeOffset ModifiedAt { get; init; }

    /// <summary>When it was replaced.</summary>
    public DateTimeOffset ArchivedAt { get; init; }
}
