using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>GET and HEAD: Drive's download (Range, If-Range, conditional requests, strong ETag). A folder answers a
/// short note: DAV clients list folders with PROPFIND.</summary>
internal sealed class GetMethod(IDriveFiles drive) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        var entry = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted)
            ?? throw new DavException(StatusCodes.Status404NotFound, "Nothing at this URL.");
        if (entry.IsFolder)
        {
            request.Response.StatusCode = StatusCodes.Status200OK;
            request.Response.ContentType = "text/plain; charset=utf-8";
            request.Response.Headers.ETag = entry.ETag;
            if (!HttpMethods.IsHead(request.Request.Method))
            {
                await request.Response.WriteAsync("This is a folder of your Yunpan drive; list it with PROPFIND.\n", request.Aborted);
            }

            return;
        }

        await drive.Download(entry).ExecuteAsync(request.Http);
    }
}
