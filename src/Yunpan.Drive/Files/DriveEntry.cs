using Yunpan.Contracts.Drive;
using Yunpan.Drive.Endpoints;

namespace Yunpan.Drive.Files;

/// <summary>
/// A file or folder as other modules (WebDAV, sharing) see it. <see cref="ETag"/> is strong and quoted: a file's is
/// its content hash (it changes with every content change), a folder's changes whenever anything below it changes.
/// </summary>
public sealed record DriveEntry(
    Guid Id,
    string Name,
    string Path,
    bool IsFolder,
    long Size,
    string? Sha256,
    string ContentType,
    string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt)
{
    /// <summary>Where the REST API serves this entry (/api/v1/content/…, each segment percent-encoded).</summary>
    public string ContentUrl => ContentEndpoints.ContentUrl(Path);

    /// <summary>The entry as the REST API describes files and folders.</summary>
    public NodeDto ToNodeDto() =>
        new(Id, Name, Path, IsFolder ? NodeKinds.Folder : NodeKinds.File, IsFolder ? null : Size, IsFolder ? null : ContentType, Sha256, CreatedAt, ModifiedAt);
}
