namespace Yunpan.Drive.Persistence;

/// <summary>
/// A resumable (tus) upload in progress. Its bytes live in a staging file named by <see cref="Id"/>; <see cref="Offset"/>
/// counts the bytes that are durably on disk. While it exists its <see cref="Length"/> is reserved against the quota.
/// </summary>
internal sealed class UploadSession
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public long Length { get; set; }

    public long Offset { get; set; }

    /// <summary>Where the file goes (stored path form "/a/b.txt"); null for a partial upload of a concatenation.</summary>
    public string? TargetPath { get; init; }

    public bool CreateParents { get; init; }

    public bool Autorename { get; init; }

    /// <summary>A part that a final upload will join (tus concatenation); never becomes a file by itself.</summary>
    public bool IsPartial { get; init; }

    /// <summary>The Upload-Metadata header as the client sent it, echoed by HEAD.</summary>
    public string? Metadata { get; init; }

    /// <summary>Set once all bytes are in and hashed, before they move to the blob store: completion can then be
    /// finished after a crash even though the staging file is gone.</summary>
    public string? Sha256 { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }
}
