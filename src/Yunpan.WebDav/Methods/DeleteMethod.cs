using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>DELETE moves the file or folder to the trash (D-6), where the member can restore it; its locks go.</summary>
internal sealed class DeleteMethod(IDriveFiles drive, LockGuard guard, LockStore locks) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        if (request.Path.IsRoot)
        {
            throw new DavException(StatusCodes.Status403Forbidden, "The root of the drive cannot be deleted.");
        }

        var depth = DepthHeader.Read(request.Request, Depth.Infinity);
        var existing = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted)
            ?? throw new DavException(StatusCodes.Status404NotFound, "Nothing at this URL.");
        if (existing.IsFolder && depth != Depth.Infinity)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "DELETE of a folder is always Depth: infinity.");
        }

        Conditional.Check(request.Request, existing);
        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, new LockGuard.Target(request.Path, true, existing.IsFolder));
        await drive.DeleteAsync(request.OwnerId, request.Path, request.Aborted);
        await locks.RemoveAtOrBelowAsync(request.OwnerId, request.Path, request.Aborted);
        request.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
