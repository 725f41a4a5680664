using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Security;
using Yunpan.Sharing.Express;

namespace Yunpan.Sharing.Endpoints;

/// <summary>File express (S-12): send from my drive to another member; their inbox; accept or decline.</summary>
internal static class ExpressEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var express = app.MapGroup("/api/v1/express").WithTags("File express").RequireAuthorization();

        express.MapPost("", async (SendExpressRequest request, HttpContext http, SendExpress send, CancellationToken ct) =>
                TypedResults.Created("/api/v1/express/sent", await send.ExecuteAsync(http.MemberId(), request, ct)))
            .WithName("SendExpress")
            .WithSummary("Send a file or folder of your drive (path) to the member with e-mail or phone 'to', with an optional message. " +
                         "No bytes are copied and there is no size limit; the parcel waits in their inbox for 30 days (Sharing:ExpressExpiry).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        express.MapGet("/inbox", (HttpContext http, ExpressParcels parcels, CancellationToken ct) => parcels.InboxAsync(http.MemberId(), ct))
            .WithName("ExpressInbox")
            .WithSummary("Parcels sent to you, newest first, with their status.");

        express.MapGet("/sent", (HttpContext http, ExpressParcels parcels, CancellationToken ct) => parcels.SentAsync(http.MemberId(), ct))
            .WithName("ExpressSent")
            .WithSummary("Parcels you sent, newest first, with what became of them.");

        express.MapPost("/{id:guid}/accept", (Guid id, AcceptExpressRequest request, HttpContext http, AnswerExpress answer, CancellationToken ct) =>
                answer.AcceptAsync(http.MemberId(), id, request.Folder, ct))
            .WithName("AcceptExpress")
            .WithSummary("Accept a parcel into a folder of your drive (no bytes copied; your quota is checked: 507).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        express.MapPost("/{id:guid}/decline", (Guid id, HttpContext http, AnswerExpress answer, CancellationToken ct) =>
                answer.DeclineAsync(http.MemberId(), id, ct))
            .WithName("DeclineExpress")
            .WithSummary("Decline a parcel.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
