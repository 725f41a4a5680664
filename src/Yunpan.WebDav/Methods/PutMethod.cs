using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>
/// PUT streams the body into the blob store (hashed as it arrives, never buffered) within the plan's single-file
/// limit (413) and the quota (507); replacing a file keeps the old content as a version. If-Match/If-None-Match
/// and the If header are honoured; X-OC-Mtime (ownCloud/Nextcloud clients, rclone) sets the modification time.
/// </summary>
internal sealed class PutMethod(IDriveFiles drive, LockGuard guard) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        if (request.Path.IsRoot)
        {
            throw new DavException(StatusCodes.Status405MethodNotAllowed, "The root is a folder.");
        }

        if (request.Request.Headers.ContentRange.Count > 0)
        {
            // RFC 9110 §14.5: a partial PUT must not be mistaken for the whole content.
            throw new DavException(StatusCodes.Status400BadRequest, "PUT with Content-Range is not supported; upload the whole file.");
        }

        var existing = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted);
        if (existing is { IsFolder: true })
        {
            throw new DavException(StatusCodes.Status405MethodNotAllowed, "A folder is at this URL.");
        }

        Conditional.Check(request.Request, existing);
        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, new LockGuard.Target(request.Path, existing is null, false));

        if (request.Http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null; // the plan's limit applies, enforced while streaming
        }

        var (entry, created) = await drive.WriteAsync(request.OwnerId, request.Path, request.Request.Body, request.Request.ContentLength, request.Aborted);
        if (Mtime.Read(request.Request) is { } mtime)
        {
            await drive.SetModifiedAsync(request.OwnerId, entry.Id, mtime, request.Aborted);
            request.Response.Headers["X-OC-MTime"] = "accepted";
        }

        var response = request.Response;
        response.Headers.ETag = entry.ETag;
        response.Headers["OC-ETag"] = entry.ETag;
        response.Headers["OC-FileId"] = entry.Id.ToString("N");
        response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
        response.ContentLength = 0;
    }
}
