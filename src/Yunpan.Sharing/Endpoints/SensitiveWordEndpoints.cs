using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Security;
using Yunpan.Sharing.Words;

namespace Yunpan.Sharing.Endpoints;

/// <summary>The installation's sensitive-word list (S-10), edited by administrators.</summary>
internal static class SensitiveWordEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var words = app.MapGroup("/api/v1/admin/sensitive-words").WithTags("Administration")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));

        words.MapGet("", (EditSensitiveWords edit, CancellationToken ct) => edit.ListAsync(ct))
            .WithName("ListSensitiveWords")
            .WithSummary("The words that keep a link from being published when its title or description contains them.");

        words.MapPost("", async (AddSensitiveWordRequest request, EditSensitiveWords edit, CancellationToken ct) =>
                TypedResults.Created("/api/v1/admin/sensitive-words", await edit.AddAsync(request.Word, ct)))
            .WithName("AddSensitiveWord")
            .WithSummary("Add a word; it is matched regardless of width (full/half), case, spaces and punctuation.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        words.MapDelete("/{id:guid}", async (Guid id, EditSensitiveWords edit, CancellationToken ct) =>
            {
                await edit.RemoveAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveSensitiveWord")
            .WithSummary("Remove a word from the list.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
