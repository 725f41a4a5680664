using Microsoft.AspNetCore.Http;
using Yunpan.Core.Naming;

namespace Yunpan.Drive.Files;

/// <summary>
/// Drive's public interface for other modules (DESIGN §2: WebDAV → Drive). Every call is scoped to one member's
/// tree; failures are <see cref="Core.Errors.DomainException"/>s with the same codes and statuses as the REST API.
/// </summary>
public interface IDriveFiles
{
    Task<DriveEntry?> FindAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken);

    Task<DriveEntry?> FindByIdAsync(Guid ownerId, Guid id, CancellationToken cancellationToken);

    /// <summary><see cref="FindByIdAsync"/> for many items of any owners in one query (lists of links): the live items
    /// found, by id; an id whose item is gone or belongs to another owner than the one given is left out.</summary>
    Task<IReadOnlyDictionary<Guid, DriveEntry>> FindByIdsAsync(IReadOnlyCollection<(Guid OwnerId, Guid Id)> items, CancellationToken cancellationToken);

    /// <summary>The live children of a folder in name order, read from the database a page at a time as the caller
    /// consumes them (a folder of any size in flat memory).</summary>
    IAsyncEnumerable<DriveEntry> ChildrenAsync(Guid ownerId, DrivePath folder, CancellationToken cancellationToken);

    /// <summary>Creates one folder; its parent must exist and the name must be free.</summary>
    Task<DriveEntry> CreateFolderAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken);

    /// <summary>Streams <paramref name="body"/> into the blob store and places it at <paramref name="path"/> (a new
    /// version when a file is there). Limited by the plan's single-file limit and the quota, not by the plain-upload
    /// limit of the REST API.</summary>
    Task<(DriveEntry Entry, bool Created)> WriteAsync(Guid ownerId, DrivePath path, Stream body, long? length, CancellationToken cancellationToken);

    /// <summary>Places content already staged by the caller (renamed into the store, never copied).</summary>
    Task<(DriveEntry Entry, bool Created)> PlaceStagedAsync(Guid ownerId, DrivePath path, string stagingFile, string sha256, long size, CancellationToken cancellationToken);

    /// <summary>A folder under the data directory where callers stage bytes that <see cref="PlaceStagedAsync"/> will
    /// rename into the store (same file system).</summary>
    string StagingFolder { get; }

    /// <summary>Moves to the trash (D-6).</summary>
    Task DeleteAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken);

    Task<DriveEntry> MoveAsync(Guid ownerId, DrivePath source, DrivePath destination, CancellationToken cancellationToken);

    /// <summary>Copies a file, or a folder with everything below it (no bytes copied).</summary>
    Task<DriveEntry> CopyAsync(Guid ownerId, DrivePath source, DrivePath destination, CancellationToken cancellationToken);

    /// <summary>Copies a file or folder of another member's drive into <paramref name="folder"/> of
    /// <paramref name="ownerId"/>'s (save to my drive, S-4): no bytes copied, the receiver's quota checked, a free name
    /// ("name (1)") taken on a clash. The caller decides whether the copy is allowed.</summary>
    Task<DriveEntry> CopyFromAsync(Guid sourceOwnerId, DrivePath source, Guid ownerId, DrivePath folder, CancellationToken cancellationToken);

    /// <summary>The download of a file as an HTTP result: Range, If-Range, conditional GET/HEAD, strong ETag; an
    /// attachment under the file's name unless <paramref name="attachment"/> is false (the caller then vouches that
    /// the type is safe to show on this origin).</summary>
    IResult Download(DriveEntry file, bool attachment = true);

    /// <summary>Reads a file's content (previews read the start of it).</summary>
    Stream OpenRead(DriveEntry file);

    /// <summary>A folder as a streamed zip (D-5's archive). The caller decides whether the download is allowed: the
    /// owner's plan is not consulted.</summary>
    IResult DownloadFolder(Guid ownerId, DriveEntry folder);

    /// <summary>Bytes of all files below a folder (a file's own size for a file).</summary>
    Task<long> TreeSizeAsync(Guid ownerId, DriveEntry entry, CancellationToken cancellationToken);

    /// <summary>Sets a file's modification time (sync clients keep the local file's time).</summary>
    Task SetModifiedAsync(Guid ownerId, Guid id, DateTimeOffset modifiedAt, CancellationToken cancellationToken);

    Task<DriveSpace> SpaceAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Largest single file the member's plan accepts.</summary>
    Task<long> MaxUploadAsync(Guid ownerId, CancellationToken cancellationToken);
}
