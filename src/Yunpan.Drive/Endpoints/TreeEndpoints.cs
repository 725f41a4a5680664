using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Core.Security;
using Yunpan.Drive.Search;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Endpoints;

internal static class TreeEndpoints
{
    private const string FoldersPrefix = "/api/v1/folders";
    private const string StatPrefix = "/api/v1/stat";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Drive").RequireAuthorization();

        api.MapGet("/folders/{**path}", (HttpContext http, ListFolder list, string? sort, string? order, int? offset, int? limit, CancellationToken ct) =>
                list.ExecuteAsync(http.MemberId(), RoutePath.From(http, FoldersPrefix), new ListQuery(sort, order, offset, limit), ct))
            .WithName("ListFolder")
            .WithSummary("One page of a folder (folders first). sort=name|size|modified, order=asc|desc, offset, limit (default 100, at most 1000). /api/v1/folders/ is the root.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/folders", async (CreateFolderRequest request, HttpContext http, CreateFolder create, CancellationToken ct) =>
            {
                var folder = await create.ExecuteAsync(http.MemberId(), request, ct);
                return TypedResults.Created(FoldersPrefix + ContentEndpoints.ContentUrl(folder.Path)["/api/v1/content".Length..], folder);
            })
            .WithName("CreateFolder")
            .WithSummary("Create a folder. parents=true creates missing parents (and accepts an existing folder); autorename=true picks 'name (1)' on a clash.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/stat/{**path}", (HttpContext http, StatNode stat, CancellationToken ct) =>
                stat.ByPathAsync(http.MemberId(), RoutePath.From(http, StatPrefix), ct))
            .WithName("Stat")
            .WithSummary("Metadata of a file or folder by path.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/nodes/{id:guid}", (Guid id, HttpContext http, StatNode stat, CancellationToken ct) => stat.ByIdAsync(http.MemberId(), id, ct))
            .WithName("GetNode")
            .WithSummary("Metadata of a file or folder by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/move", (TransferRequest request, HttpContext http, MoveNode move, CancellationToken ct) =>
                move.ExecuteAsync(http.MemberId(), DrivePath.Parse(request.From), DrivePath.Parse(request.To), request.Autorename, ct))
            .WithName("Move")
            .WithSummary("Move a file or folder to the full new path 'to' (its parent must exist). 409 on a clash unless autorename=true.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/copy", async (TransferRequest request, HttpContext http, CopyNode copy, CancellationToken ct) =>
            {
                var node = await copy.ExecuteAsync(http.MemberId(), DrivePath.Parse(request.From), DrivePath.Parse(request.To), request.Autorename, ct);
                return TypedResults.Created(ContentEndpoints.ContentUrl(node.Path), node);
            })
            .WithName("Copy")
            .WithSummary("Copy a file or folder tree to the full new path 'to'. No bytes are duplicated; the copy counts against the quota.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        api.MapPost("/rename", (RenameRequest request, HttpContext http, RenameNode rename, CancellationToken ct) =>
                rename.ExecuteAsync(http.MemberId(), request, ct))
            .WithName("Rename")
            .WithSummary("Rename a file or folder in place.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/search", (HttpContext http, SearchDrive search, string? q, int? offset, int? limit, CancellationToken ct) =>
                search.ExecuteAsync(http.MemberId(), q, offset, limit, ct))
            .WithName("Search")
            .WithSummary("Files and folders whose name contains every word of q (case-insensitive), paginated.");
    }
}
