using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Security;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Visits;

namespace Yunpan.Sharing.Endpoints;

/// <summary>The publisher's links (S-1…S-3, S-9) and a visitor's save to drive (S-4), for signed-in members.</summary>
internal static class ShareEndpoints
{
    public const string Prefix = "/api/v1/shares";

    public static void Map(IEndpointRouteBuilder app)
    {
        var shares = app.MapGroup(Prefix).WithTags("Sharing").RequireAuthorization();

        shares.MapPost("", async (CreateShareRequest request, HttpContext http, CreateShareLink create, CancellationToken ct) =>
            {
                var link = await create.ExecuteAsync(http.MemberId(), request, ct);
                return TypedResults.Created($"{Prefix}/{link.Id}", link);
            })
            .WithName("CreateShare")
            .WithSummary("Publish a link to a file or folder of your drive: { path, password? (extraction code, VIP plans), title?, description?, " +
                         "hideDescription?, template?, forbidSave? (Supreme/Gold), expiresAt?, downloadLimit?, business?, promotionText?, promotionImage? (Gold) }. Answers { token, url, … }; the page is /s/{token}.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        shares.MapGet("", (HttpContext http, OwnLinks links, CancellationToken ct) => links.ListAsync(http.MemberId(), ct))
            .WithName("ListShares")
            .WithSummary("Your links, newest first, with their status and counters (views, downloads, saves, bytes).");

        shares.MapGet("/business-traffic", (HttpContext http, GetBusinessTraffic traffic, CancellationToken ct) => traffic.ExecuteAsync(http.MemberId(), ct))
            .WithName("GetBusinessTraffic")
            .WithSummary("Your business-link traffic this month (S-8, bytes): the plan's allowance, extra bought this month, used, remaining, " +
                         "and stopReason (plan_ended, traffic_used_up) when your business links do not serve.");

        shares.MapGet("/{id:guid}", async (Guid id, HttpContext http, OwnLinks links, CancellationToken ct) =>
                await links.DescribeAsync(await links.RequireAsync(http.MemberId(), id, ct), ct))
            .WithName("GetShare")
            .WithSummary("One of your links.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        shares.MapPut("/{id:guid}", (Guid id, UpdateShareRequest request, HttpContext http, UpdateShareLink update, CancellationToken ct) =>
                update.ExecuteAsync(http.MemberId(), id, request, ct))
            .WithName("UpdateShare")
            .WithSummary("Replace a link's settings (what is left out is cleared). Saved only when the result fits your current plan: " +
                         "a link left beyond your rights by a downgrade is saved as a link of your current plan this way.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        shares.MapPut("/{id:guid}/password", (Guid id, SetSharePasswordRequest request, HttpContext http, ChangeSharePassword change, CancellationToken ct) =>
                change.SetAsync(http.MemberId(), id, request.Password, ct))
            .WithName("SetSharePassword")
            .WithSummary("Set or change the extraction code (VIP plans). Visitors who unlocked the link with the old code must give the new one.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        shares.MapDelete("/{id:guid}/password", (Guid id, HttpContext http, ChangeSharePassword change, CancellationToken ct) =>
                change.RemoveAsync(http.MemberId(), id, ct))
            .WithName("RemoveSharePassword")
            .WithSummary("Remove the extraction code: the link becomes public (and indexable).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        shares.MapDelete("/{id:guid}", async (Guid id, HttpContext http, RevokeShareLink revoke, CancellationToken ct) =>
            {
                await revoke.ExecuteAsync(http.MemberId(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeShare")
            .WithSummary("Cancel a link: its page answers 410 from now on. It stays in your list with its counters.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var shared = app.MapGroup("/api/v1/shared").WithTags("Sharing").RequireAuthorization();
        shared.MapPost("/{token}/save", async (string token, SaveShareRequest request, HttpContext http, SaveToDrive save, CancellationToken ct) =>
            {
                var copy = await save.ExecuteAsync(http, http.MemberId(), token, request.Folder, request.Path, request.Code, ct);
                return TypedResults.Created(copy.ContentUrl, copy.ToNodeDto());
            })
            .WithName("SaveShare")
            .WithSummary("Save to my drive: copy the shared item (or path inside a shared folder) into folder of your drive, without copying bytes; " +
                         "your quota is checked (507). Refused (403 link_save_forbidden) when the publisher forbade it; code: the extraction code of an encrypted link.")
            .Produces<NodeDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
    }
}
