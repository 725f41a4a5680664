using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Security;
using Yunpan.Drive.Instant;

namespace Yunpan.Drive.Endpoints;

/// <summary>Instant upload with proof of possession (D-4, DESIGN §4).</summary>
internal static class InstantUploadEndpoints
{
    private const string Prefix = "/api/v1/instant-uploads";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Instant upload").RequireAuthorization();

        group.MapPost(string.Empty, async (StartInstantUploadRequest request, HttpContext http, StartInstantUpload start, CancellationToken ct) =>
            {
                var challenge = await start.ExecuteAsync(
                    http.MemberId(), request, http.Request.Headers.IfMatch.ToString(), http.Request.Headers.IfNoneMatch.ToString(), ct);
                return TypedResults.Created($"{Prefix}/{challenge.Id}", challenge);
            })
            .WithName("StartInstantUpload")
            .WithSummary("Add a file the server may already hold without sending it: give path, size and sha256 (parents, autorename and If-Match / If-None-Match: * as for a plain upload). " +
                "When the content is known the answer is a challenge: answer it at /api/v1/instant-uploads/{id} within its validity (default 5 minutes). " +
                "404 content_unknown means: upload the file normally.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        group.MapPost("/{id:guid}", async (Guid id, AnswerChallengeRequest request, HttpContext http, AnswerChallenge answer, CancellationToken ct) =>
            {
                var result = await answer.ExecuteAsync(http.MemberId(), id, request, ct);
                http.Response.Headers.ETag = $"\"{result.Node.Sha256}\"";
                return TypedResults.Created(ContentEndpoints.ContentUrl(result.Node.Path), result.Node);
            })
            .WithName("AnswerInstantUpload")
            .WithSummary("Answer a challenge with the hex SHA-256 of the nonce's bytes followed by the bytes of every requested range, in order. " +
                "The right answer adds the file (201, as a plain upload would). One answer per challenge: a wrong one is 403 challenge_failed, " +
                "a second one 409 challenge_used, a late one 410 challenge_expired; then upload the file normally.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
    }
}
