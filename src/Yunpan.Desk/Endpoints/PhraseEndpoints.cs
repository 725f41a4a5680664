using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Endpoints;

/// <summary>K-7: the standard-phrase library: staff read it rendered for a case, supervisors keep it.</summary>
internal static class PhraseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/desk/phrases").WithTags("Desk: standard phrases").RequireAuthorization(p => p.RequireRole(DeskRoles.Staff));

        staff.MapGet("/", async Task<Ok<StandardPhraseList>> (string? situation, Guid? caseId, RenderPhrases render, CancellationToken ct) =>
                TypedResults.Ok(await render.ExecuteAsync(situation, caseId, ct)))
            .WithName("ListStandardPhrases")
            .WithSummary("Staff: the standard phrases (?situation= for one situation), rendered for ?caseId= (customer name, case number, " +
                "promised hours) with the greeting and closing for the desk's time of day and calendar (早上好, 周末好, 节日好 …).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/situations", () => TypedResults.Ok(new PhraseSituationList(WireNames.All<PhraseSituation>(), PhraseTemplate.Variables)))
            .WithName("ListPhraseSituations")
            .WithSummary("Staff: the situations a standard phrase can be for, and the variables a phrase may use.");

        var editors = app.MapGroup("/api/v1/desk/phrases").WithTags("Desk: standard phrases").RequireAuthorization(p => p.RequireRole(DeskRoles.Supervisors));

        editors.MapPost("/", async Task<Created<StandardPhraseDto>> (StandardPhraseRequest request, HttpContext http, EditPhrases edit, CancellationToken ct) =>
            {
                var row = await edit.AddAsync(http.MemberId(), request, ct);
                return TypedResults.Created($"/api/v1/desk/phrases/{row.Id}", RenderPhrases.ToDto(row, new Dictionary<string, string>()));
            })
            .WithName("AddStandardPhrase")
            .WithSummary("Supervisors, admins: add a standard phrase (400 validation_failed for an unknown situation or variable).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        editors.MapPut("/{id:guid}", async Task<Ok<StandardPhraseDto>> (Guid id, StandardPhraseRequest request, HttpContext http, EditPhrases edit, CancellationToken ct) =>
                TypedResults.Ok(RenderPhrases.ToDto(await edit.ChangeAsync(http.MemberId(), id, request, ct), new Dictionary<string, string>())))
            .WithName("ChangeStandardPhrase")
            .WithSummary("Supervisors, admins: change a standard phrase's situation, title or text.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        editors.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, EditPhrases edit, CancellationToken ct) =>
            {
                await edit.RemoveAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveStandardPhrase")
            .WithSummary("Supervisors, admins: remove a standard phrase.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
