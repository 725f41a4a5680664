using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Uploads;

namespace Yunpan.Drive.Endpoints;

/// <summary>Resumable uploads: tus 1.0 with creation, creation-with-upload, termination, checksum, expiration and
/// concatenation. Metadata: filename, folder (a drive path), parents, autorename.</summary>
internal static class UploadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(TusProtocol.BasePath).WithTags("Uploads (tus)").AddEndpointFilter(TusHeaders);

        group.MapMethods("/", [HttpMethods.Options], Capabilities).AllowAnonymous().WithName("TusOptions")
            .WithSummary("tus discovery: version, extensions and checksum algorithms.");
        group.MapMethods("/{id:guid}", [HttpMethods.Options], Capabilities).AllowAnonymous().ExcludeFromDescription();

        group.MapPost("/", async (HttpContext http, CreateUpload create, AppendToUpload append, CompleteUpload complete, CancellationToken ct) =>
            {
                AllowLargeBody(http);
                var request = http.Request;
                var session = await create.ExecuteAsync(http.MemberId(), request.Headers[TusProtocol.UploadLength], request.Headers[TusProtocol.UploadMetadata],
                    request.Headers[TusProtocol.UploadConcat], ct);
                UploadResult? file = null;
                if (HasBody(request) && session.Offset < session.Length)
                {
                    (session, file) = await append.ExecuteAsync(http.MemberId(), session.Id, request.ContentType, "0",
                        request.Headers[TusProtocol.UploadChecksum], request.Body, ct);
                }
                else if (!session.IsPartial && session.Offset == session.Length)
                {
                    file = await complete.ExecuteAsync(session, ct);
                }

                Describe(http.Response, session, file);
                http.Response.Headers.Location = TusProtocol.Location(session.Id);
                return Results.StatusCode(StatusCodes.Status201Created);
            })
            .RequireAuthorization()
            .WithName("CreateUpload")
            .WithSummary("tus creation: Upload-Length and Upload-Metadata (filename, folder; optional parents=true by default, autorename). The body may carry the first chunk (creation-with-upload). Upload-Concat: partial | final;<urls> joins parts uploaded in parallel. Quota and the plan's single-file limit are checked and reserved here.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        group.MapMethods("/{id:guid}", [HttpMethods.Head], async (Guid id, HttpContext http, UploadSessions sessions, CancellationToken ct) =>
            {
                var session = await sessions.RequireAsync(http.MemberId(), id, ct);
                Describe(http.Response, session, null);
                http.Response.Headers.CacheControl = "no-store";
                if (session.Metadata is not null)
                {
                    http.Response.Headers[TusProtocol.UploadMetadata] = session.Metadata;
                }

                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithName("UploadOffset")
            .WithSummary("tus HEAD: how many bytes the server has (Upload-Offset); resume from there.");

        group.MapPatch("/{id:guid}", async (Guid id, HttpContext http, AppendToUpload append, CancellationToken ct) =>
            {
                AllowLargeBody(http);
                var request = http.Request;
                var (session, file) = await append.ExecuteAsync(http.MemberId(), id, request.ContentType, request.Headers[TusProtocol.UploadOffset],
                    request.Headers[TusProtocol.UploadChecksum], request.Body, ct);
                Describe(http.Response, session, file);
                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithName("AppendUpload")
            .WithSummary("tus PATCH: a chunk at Upload-Offset (Content-Type: application/offset+octet-stream, optional Upload-Checksum: sha256 <base64>). The last chunk completes the upload; the response then names the file (Yunpan-File-Id, Yunpan-File-Path).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(TusProtocol.ChecksumMismatch);

        group.MapDelete("/{id:guid}", async (Guid id, HttpContext http, TerminateUpload terminate, CancellationToken ct) =>
            {
                await terminate.ExecuteAsync(http.MemberId(), id, ct);
                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithName("TerminateUpload")
            .WithSummary("tus termination: discard the upload and release its quota reservation.");
    }

    private static IResult Capabilities(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers[TusProtocol.VersionHeader] = TusProtocol.Version;
        headers[TusProtocol.Extension] = TusProtocol.Extensions;
        headers[TusProtocol.ChecksumAlgorithm] = TusProtocol.ChecksumAlgorithms;
        return Results.NoContent();
    }

    /// <summary>Every tus response carries Tus-Resumable (errors included); every request but OPTIONS must name 1.0.0.</summary>
    private static ValueTask<object?> TusHeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.OnStarting(() =>
        {
            http.Response.Headers[TusProtocol.Resumable] = TusProtocol.Version;
            return Task.CompletedTask;
        });
        if (!HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers[TusProtocol.Resumable] != TusProtocol.Version)
        {
            var refusal = new DomainException(ErrorCodes.TusVersionUnsupported, StatusCodes.Status412PreconditionFailed,
                $"This server speaks tus {TusProtocol.Version}; send 'Tus-Resumable: {TusProtocol.Version}'.");
            refusal.Headers[TusProtocol.VersionHeader] = TusProtocol.Version;
            throw refusal;
        }

        return next(context);
    }

    private static void Describe(HttpResponse response, UploadSession session, UploadResult? file)
    {
        response.Headers[TusProtocol.UploadOffset] = session.Offset.ToString(CultureInfo.InvariantCulture);
        response.Headers[TusProtocol.UploadLength] = session.Length.ToString(CultureInfo.InvariantCulture);
        response.Headers[TusProtocol.UploadExpires] = session.ExpiresAt.ToString("R", CultureInfo.InvariantCulture);
        if (session.IsPartial)
        {
            response.Headers[TusProtocol.UploadConcat] = "partial";
        }

        if (file is not null)
        {
            response.Headers["Yunpan-File-Id"] = file.Node.Id.ToString();
            response.Headers["Yunpan-File-Path"] = Uri.EscapeDataString(file.Node.Path).Replace("%2F", "/", StringComparison.Ordinal);
        }
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static void AllowLargeBody(HttpContext http)
    {
        // Chunk sizes are bounded by Upload-Length, checked while streaming, not by Kestrel's default body limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
    }
}
