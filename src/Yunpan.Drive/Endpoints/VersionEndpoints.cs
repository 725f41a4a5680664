using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Core.Naming;
using Yunpan.Core.Security;
using Yunpan.Drive.Content;
using Yunpan.Drive.Versions;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Endpoints;

internal static class VersionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/versions").WithTags("Versions").RequireAuthorization();

        group.MapGet("/", (HttpContext http, ListVersions list, string? path, CancellationToken ct) =>
                list.ExecuteAsync(http.MemberId(), DrivePath.Parse(path), ct))
            .WithName("ListVersions")
            .WithSummary("Earlier contents of the file at ?path=, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapMethods("/{id:guid}/content", [HttpMethods.Get, HttpMethods.Head], async (Guid id, HttpContext http, OpenContent open, IBlobStore store, CancellationToken ct) =>
                ContentEndpoints.Send(store, await open.VersionAsync(http.MemberId(), id, ct)))
            .WithName("DownloadVersion")
            .WithSummary("Download an earlier content (Range supported).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/restore", (Guid id, HttpContext http, RestoreVersion restore, CancellationToken ct) =>
                restore.ExecuteAsync(http.MemberId(), id, ct))
            .WithName("RestoreVersion")
            .WithSummary("Make an earlier content current; the replaced content becomes a version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
