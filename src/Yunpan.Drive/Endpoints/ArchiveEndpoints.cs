using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Yunpan.Core.Security;
using Yunpan.Drive.Archive;

namespace Yunpan.Drive.Endpoints;

/// <summary>Folder download (D-5): a folder, or the whole drive, as one streamed zip.</summary>
internal static class ArchiveEndpoints
{
    private const string Prefix = "/api/v1/archive";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Content").RequireAuthorization();

        group.MapGet("/{**path}", async (HttpContext http, DownloadFolder download, CancellationToken ct) =>
            {
                var archive = await download.OpenAsync(http.MemberId(), RoutePath.From(http, Prefix), ct);
                return new ZipResult(download, archive);
            })
            .WithName("DownloadFolder")
            .WithSummary("Download a folder (the whole drive for the root) as a zip, streamed as it is read: every file and folder below it, "
                         + "empty folders included, with their modification times; entries are stored uncompressed, ZIP64 where sizes need it. "
                         + "No Content-Length and no Range: to resume or speed up, fetch the files with /api/v1/content. "
                         + "VIP plans only (plan capability folderDownload); otherwise 403 folder_download_not_in_plan.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Streams the archive: chunked, unbuffered, not cached.</summary>
    internal sealed class ZipResult(DownloadFolder download, FolderArchive archive) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/zip";
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(archive.FileName); // filename (ASCII) and filename* (RFC 5987, UTF-8)
            response.Headers.ContentDisposition = disposition.ToString();
            response.Headers.CacheControl = "no-store";
            httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            try
            {
                await download.WriteAsync(archive, response.Body, httpContext.RequestAborted);
            }
            catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nothing to report. Any other failure aborts the connection, so the client
                // sees a broken transfer rather than a zip that looks complete.
            }
        }
    }
}
