using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Core.Security;
using Yunpan.Drive.Trash;

namespace Yunpan.Drive.Endpoints;

internal static class TrashEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/trash").WithTags("Trash").RequireAuthorization();

        group.MapGet("/", (HttpContext http, ListTrash list, int? offset, int? limit, CancellationToken ct) =>
                list.ExecuteAsync(http.MemberId(), offset, limit, ct))
            .WithName("ListTrash")
            .WithSummary("Deleted items with their original paths, newest first. Items stay until restored or purged (they count against the quota).");

        group.MapPost("/{id:guid}/restore", (Guid id, HttpContext http, RestoreTrashItem restore, CancellationToken ct) =>
                restore.ExecuteAsync(http.MemberId(), id, ct))
            .WithName("RestoreTrashItem")
            .WithSummary("Restore to the original path, recreating missing folders; on a name clash the item comes back as 'name (1)'.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", async (Guid id, HttpContext http, PurgeTrash purge, CancellationToken ct) =>
            {
                await purge.ItemAsync(http.MemberId(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("PurgeTrashItem")
            .WithSummary("Delete one trash item for good.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/", async (HttpContext http, PurgeTrash purge, CancellationToken ct) =>
            {
                await purge.AllAsync(http.MemberId(), ct);
                return TypedResults.NoContent();
            })
            .WithName("EmptyTrash")
            .WithSummary("Empty the trash.");
    }
}
