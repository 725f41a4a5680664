using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>MKCOL (RFC 4918 §9.3): one folder; 405 when something is there, 409 without a parent, 415 with a body.</summary>
internal sealed class MkcolMethod(IDriveFiles drive, LockGuard guard) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        if (DavRequestBody.IsPresent(request.Request))
        {
            throw new DavException(StatusCodes.Status415UnsupportedMediaType, "MKCOL with a body (extended MKCOL) is not supported.");
        }

        if (request.Path.IsRoot || await drive.FindAsync(request.OwnerId, request.Path, request.Aborted) is not null)
        {
            throw new DavException(StatusCodes.Status405MethodNotAllowed, "Something already exists at this URL.");
        }

        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, new LockGuard.Target(request.Path, true, false));
        var folder = await drive.CreateFolderAsync(request.OwnerId, request.Path, request.Aborted);
        // The Nextcloud client records the new folder's id and ETag from these headers.
        request.Response.Headers["OC-FileId"] = folder.Id.ToString("N");
        request.Response.Headers["OC-ETag"] = folder.ETag;
        request.Response.StatusCode = StatusCodes.Status201Created;
        request.Response.ContentLength = 0;
    }
}
