using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Properties;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>
/// COPY and MOVE (RFC 4918 §9.8, §9.9) with Depth and Overwrite. An existing destination is moved to the trash
/// first (Overwrite: T), so nothing is lost for good. Copies share the blobs of their originals (no bytes copied);
/// a move keeps the node and so its dead properties, but never its locks.
/// </summary>
internal sealed class CopyMoveMethod(IDriveFiles drive, LockGuard guard, LockStore locks, DeadProperties dead, bool move) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        var source = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted)
            ?? throw new DavException(StatusCodes.Status404NotFound, "Nothing at this URL.");
        var destination = request.Destination();
        var depth = DepthHeader.Read(request.Request, Depth.Infinity);
        if (move ? depth != Depth.Infinity && source.IsFolder : depth == Depth.One)
        {
            throw new DavException(StatusCodes.Status400BadRequest, move ? "MOVE of a folder is always Depth: infinity." : "COPY takes Depth: 0 or infinity.");
        }

        if (request.Path.IsRoot || destination.IsRoot || destination.Equals(request.Path))
        {
            throw new DavException(StatusCodes.Status403Forbidden, "Source and destination must differ, and neither can be the root.");
        }

        if (source.IsFolder && destination.IsSameOrBelow(request.Path))
        {
            throw new DavException(StatusCodes.Status403Forbidden, "A folder cannot be copied or moved into itself.");
        }

        var existing = await drive.FindAsync(request.OwnerId, destination, request.Aborted);
        if (existing is not null && !request.Overwrite)
        {
            throw new DavException(StatusCodes.Status412PreconditionFailed, "The destination exists and Overwrite is F.");
        }

        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        var targets = new List<LockGuard.Target> { new(destination, true, existing is { IsFolder: true }) };
        if (move)
        {
            targets.Add(new LockGuard.Target(request.Path, true, source.IsFolder));
        }

        await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, [.. targets]);
        if (existing is not null)
        {
            await drive.DeleteAsync(request.OwnerId, destination, request.Aborted);
            await locks.RemoveAtOrBelowAsync(request.OwnerId, destination, request.Aborted);
        }

        if (move)
        {
            await drive.MoveAsync(request.OwnerId, request.Path, destination, request.Aborted);
            await locks.RemoveAtOrBelowAsync(request.OwnerId, request.Path, request.Aborted);
        }
        else if (source.IsFolder && depth == Depth.Zero)
        {
            var folder = await drive.CreateFolderAsync(request.OwnerId, destination, request.Aborted);
            await dead.CopyAsync(request.OwnerId, source.Id, folder.Id, request.Aborted);
        }
        else
        {
            var copy = await drive.CopyAsync(request.OwnerId, request.Path, destination, request.Aborted);
            await dead.CopyAsync(request.OwnerId, source.Id, copy.Id, request.Aborted);
        }

        request.Response.StatusCode = existing is null ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
        request.Response.ContentLength = 0;
    }
}
