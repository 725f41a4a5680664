using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yunpan.Core.Security;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Endpoints;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Properties;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Nextcloud;

/// <summary>
/// Nextcloud chunked uploads: <c>MKCOL /remote.php/dav/uploads/{user}/{id}</c>, <c>PUT …/{id}/{chunk}</c>, then
/// <c>MOVE …/{id}/.file</c> with the file's Destination, which places the assembled bytes (renamed into the blob
/// store, never copied again) as a new file or a new version. DELETE abandons an upload; PROPFIND reports what is
/// there so a client can resume. Uploads live under the data directory until finished or abandoned.
/// </summary>
internal static class ChunkedUploadEndpoints
{
    private const string Root = "/remote.php/dav/uploads/";

    public static void Map(IEndpointRouteBuilder app, AuthorizationPolicy policy)
    {
        app.Map(Root + "{user}/{transfer}", HandleFolderAsync).RequireAuthorization(policy).ExcludeFromDescription();
        app.Map(Root + "{user}/{transfer}/{chunk}", HandleChunkAsync).RequireAuthorization(policy).ExcludeFromDescription();
    }

    private static async Task HandleFolderAsync(HttpContext http)
    {
        if (Staging(http) is not { } staging)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        switch (http.Request.Method.ToUpperInvariant())
        {
            case "MKCOL":
                if (staging.Exists)
                {
                    http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    return;
                }

                // Open uploads hold bytes outside the quota until they finish or expire: a member gets a few at once.
                var limit = http.RequestServices.GetRequiredService<IOptions<WebDavOptions>>().Value.MaxOpenChunkedUploads;
                if (ChunkStaging.OpenCount(http.RequestServices.GetRequiredService<IDriveFiles>().StagingFolder, http.MemberId()) >= limit)
                {
                    http.Response.StatusCode = StatusCodes.Status507InsufficientStorage;
                    return;
                }

                staging.Create();
                http.Response.StatusCode = StatusCodes.Status201Created;
                return;
            case "DELETE":
                staging.Delete();
                http.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            case "PROPFIND" when staging.Exists:
                await using (var writer = MultistatusWriter.Start(http.Response))
                {
                    await writer.ResponseAsync(http.Request.Path.Value!.TrimEnd('/') + "/", [new System.Xml.Linq.XElement(DavNames.ResourceType, new System.Xml.Linq.XElement(DavNames.D + "collection"))], []);
                }

                return;
            default:
                http.Response.StatusCode = staging.Exists ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound;
                return;
        }
    }

    private static async Task HandleChunkAsync(HttpContext http)
    {
        if (Staging(http) is not { Exists: true } staging)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var drive = http.RequestServices.GetRequiredService<IDriveFiles>();
        var owner = http.MemberId();
        var limit = await drive.MaxUploadAsync(owner, http.RequestAborted);
        var chunk = http.Request.RouteValues["chunk"]?.ToString() ?? string.Empty;
        var method = http.Request.Method.ToUpperInvariant();
        if (method == "PUT")
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            {
                bodyLimit.MaxRequestBodySize = null;
            }

            try
            {
                await staging.PutAsync(chunk, http.Request.Body, limit, http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            catch (ChunkLimitException)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            http.Response.StatusCode = StatusCodes.Status201Created;
            return;
        }

        if (method == "MOVE" && chunk == ".file")
        {
            await FinishAsync(http, staging, drive, owner, limit);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
    }

    private static async Task FinishAsync(HttpContext http, ChunkStaging staging, IDriveFiles drive, Guid owner, long limit)
    {
        var user = http.Request.RouteValues["user"]?.ToString() ?? string.Empty;
        var destinationUrl = http.Request.Headers["Destination"].ToString();
        var filesPrefix = "/remote.php/dav/files/";
        var start = destinationUrl.IndexOf(filesPrefix, StringComparison.Ordinal);
        var slash = start < 0 ? -1 : destinationUrl.IndexOf('/', start + filesPrefix.Length);
        if (slash < 0)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var prefix = destinationUrl[start..slash];
        var mount = new DavMount(prefix, owner);
        var request = new DavRequest(http, mount, Core.Naming.DrivePath.Root);
        var destination = request.Destination();
        var existing = await drive.FindAsync(owner, destination, http.RequestAborted);
        if (existing is { IsFolder: true })
        {
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        Conditional.Check(http.Request, existing);
        var guard = http.RequestServices.GetRequiredService<LockGuard>();
        await guard.EnsureCanWriteAsync(mount, request.If, http.RequestAborted, new LockGuard.Target(destination, existing is null, false));

        var (file, sha256, length) = await staging.FinishAsync(limit, http.RequestAborted);
        if (long.TryParse(http.Request.Headers["OC-Total-Length"].ToString(), out var total) && total != length)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var (entry, created) = await drive.PlaceStagedAsync(owner, destination, file, sha256, length, http.RequestAborted);
        staging.Delete();
        if (Mtime.Read(http.Request) is { } mtime)
        {
            await drive.SetModifiedAsync(owner, entry.Id, mtime, http.RequestAborted);
            http.Response.Headers["X-OC-MTime"] = "accepted";
        }

        http.Response.Headers.ETag = entry.ETag;
        http.Response.Headers["OC-ETag"] = entry.ETag;
        http.Response.Headers["OC-FileId"] = entry.Id.ToString("N");
        http.Response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
    }

    /// <summary>The upload folder of the signed-in member; null when the URL names another user or a bad id.</summary>
    private static ChunkStaging? Staging(HttpContext http)
    {
        var user = http.Request.RouteValues["user"]?.ToString() ?? string.Empty;
        var transfer = http.Request.RouteValues["transfer"]?.ToString() ?? string.Empty;
        if (!NextcloudUser.IsSelf(http, user))
        {
            return null;
        }

        var root = http.RequestServices.GetRequiredService<IDriveFiles>().StagingFolder;
        return ChunkStaging.FolderOf(root, http.MemberId(), transfer) is { } folder ? new ChunkStaging(folder) : null;
    }
}
