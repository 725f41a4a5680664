using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Security;
using Yunpan.Drive.Content;
using Yunpan.Drive.Tree;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Endpoints;

/// <summary>The stable content routes (DESIGN §5): plain upload, download, delete to trash.</summary>
internal static class ContentEndpoints
{
    private const string Prefix = "/api/v1/content";

    private const string InlineContentType = "application/pdf";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Content").RequireAuthorization();

        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], async (HttpContext http, OpenContent open, IBlobStore store, DownloadFailures failures, bool? inline, CancellationToken ct) =>
            {
                var path = RoutePath.From(http, Prefix);
                var download = await open.FileAsync(http.MemberId(), path, ct);
                failures.Watch(http, http.MemberId(), path.Value, download.Size);
                if (inline == true && NodeMapper.ContentTypeOf(download.Name) == InlineContentType)
                {
                    // Shown in the browser (the web app's PDF preview) instead of saved. Only PDF: an HTML or SVG file
                    // shown inline would run its script on this origin, with the member's session.
                    var disposition = new ContentDispositionHeaderValue("inline");
                    disposition.SetHttpFileName(download.Name);
                    http.Response.Headers.ContentDisposition = disposition.ToString();
                    return Send(store, download, attachment: false);
                }

                return Send(store, download);
            })
            .WithName("Download")
            .WithSummary("Download a file (inline=true: a PDF is shown in the browser rather than saved; other types are always attachments). Supports Range (several ranges may be fetched in parallel), If-Range, If-None-Match and If-Modified-Since; the ETag is the SHA-256 of the content.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{**path}", async (HttpContext http, UploadFile upload, bool? parents, bool? autorename, CancellationToken ct) =>
            {
                // Size limits are the plan's and the drive's, enforced while streaming, not Kestrel's default.
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = null;
                }

                var request = new UploadRequest(
                    http.Request.ContentLength,
                    parents ?? false,
                    autorename ?? false,
                    http.Request.Headers.IfMatch.ToString(),
                    http.Request.Headers.IfNoneMatch.ToString());
                var path = RoutePath.From(http, Prefix);
                var result = await upload.ExecuteAsync(http.MemberId(), path, http.Request.Body, request, ct);
                http.Response.Headers.ETag = $"\"{result.Node.Sha256}\"";
                return TypedResults.Created(ContentUrl(result.Node.Path), result.Node);
            })
            .WithName("Upload")
            .WithSummary("Plain upload of the request body to this path (up to 100 MB by default; larger files use /api/v1/uploads). Replacing a file keeps the previous content as a version. Query: parents=true creates missing folders, autorename=true stores as 'name (1)' instead of replacing. Honours If-Match and If-None-Match: *.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        group.MapDelete("/{**path}", async (HttpContext http, DeleteNode delete, CancellationToken ct) =>
            {
                await delete.ExecuteAsync(http.MemberId(), RoutePath.From(http, Prefix), http.Request.Headers.IfMatch.ToString(), ct);
                return TypedResults.NoContent();
            })
            .WithName("Delete")
            .WithSummary("Move a file or folder (with everything in it) to the trash.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static string ContentUrl(string path) =>
        Prefix + string.Concat(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => "/" + Uri.EscapeDataString(s)));

    /// <summary>Local blobs go out as files (<see cref="PipeSendFile"/> does the copy); Range, If-Range and conditional
    /// GETs are handled by the framework's file result.</summary>
    public static IResult Send(IBlobStore store, Download download, bool attachment = true)
    {
        var etag = new EntityTagHeaderValue($"\"{download.BlobHash}\"");
        var type = NodeMapper.ContentTypeOf(download.Name);
        var name = attachment ? download.Name : null;
        IResult file = store.LocalPath(download.BlobHash) is { } local
            ? TypedResults.PhysicalFile(local, type, name, download.ModifiedAt, etag, enableRangeProcessing: true)
            : TypedResults.Stream(store.OpenRead(download.BlobHash), type, name, download.ModifiedAt, etag, enableRangeProcessing: true);
        return new RangeProblem(file);
    }

    /// <summary>
    /// The file results answer an unsatisfiable Range with an empty 416 typed as the file (so the status-code pages
    /// leave it alone); every failure is problem+json, so the empty answer is replaced, keeping its Content-Range.
    /// </summary>
    private sealed class RangeProblem(IResult file) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var body = httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            httpContext.Features.Set<IHttpResponseBodyFeature>(new PipeSendFile(body));
            try
            {
                await file.ExecuteAsync(httpContext);
            }
            finally
            {
                httpContext.Features.Set(body);
            }

            var response = httpContext.Response;
            if (response.StatusCode != StatusCodes.Status416RangeNotSatisfiable || response.HasStarted)
            {
                return;
            }

            response.ContentLength = null;
            response.ContentType = null;
            response.Headers.ContentDisposition = default;
            await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status416RangeNotSatisfiable,
                    Detail = $"The requested range lies outside the file; its length is in Content-Range ({response.Headers.ContentRange}).",
                },
            });
        }
    }
}
