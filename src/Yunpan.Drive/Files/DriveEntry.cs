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
    DateTimeOffset ModifiedAt);
