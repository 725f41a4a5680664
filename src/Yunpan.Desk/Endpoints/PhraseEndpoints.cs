using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Endpoints;

/// <summary>K-7: the standard-phrase library: staff read it rendered for a case; supervisors, managers and admins keep it.</summary>
internal static class PhraseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/desk/phrases").WithTags("Desk: standard phrases").RequireAuthorization(p => p.RequireRole(DeskRoles.Staff));

        staff.MapGet("/", async Task<Ok<StandardPhraseList>> (string? situation, Guid? caseId, bool? includeRetired, RenderPhrases render, CancellationToken ct) =>
                TypedResults.Ok(await render.ExecuteAsync(situation, caseId, includeRetired ?? false, ct)))
            .WithName("ListStandardPhrases")
            .WithSummary("Staff: the standard phrases in use (?situation= for one situation; ?includeRetired=true adds the retired ones), rendered for " +
                "?caseId= (customer name, case number, promised hours) with the greeting and closing for the desk's time of day and calendar (早上好, 周末好, 节日好 …).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("/situations", () => TypedResults.Ok(new PhraseSituationList(WireNames.All<PhraseSituation>(), PhraseTemplate.Variables)))
            .WithName("ListPhraseSituations")
            .WithSummary("Staff: the situations a standard phrase can be for, and the variables a phrase may use.");

        var editors = app.MapGroup("/api/v1/desk/phrases").WithTags("Desk: standard phrases").RequireAuthorization(p => p.RequireRole(DeskRoles.ListKeepers));

        editors.MapPost("/", async Task<Created<StandardPhraseDto>> (StandardPhraseRequest request, HttpContext http, EditPhrases edit, CancellationToken ct) =>
            {
                var row = await edit.AddAsync(http.MemberId(), request, ct);
                return TypedResults.Created($"/api/v1/desk/phrases/{row.Id}", RenderPhrases.ToDto(row, new Dictionary<string, string>()));
            })
            .WithName("AddStandardPhrase")
            .WithSummary("Supervisors, managers, admins: add a standard phrase (400 validation_failed for an unknown situation or variable).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        editors.MapPut("/{id:guid}", async Task<Ok<StandardPhraseDto>> (Guid id, StandardPhraseRequest request, HttpContext http, EditPhrases edit, CancellationToken ct) =>
                TypedResults.Ok(RenderPhrases.ToDto(await edit.ChangeAsync(http.MemberId(), id, request, ct), new Dictionary<string, string>())))
            .WithName("ChangeStandardPhrase")
            .WithSummary("Supervisors, managers, admins: change a standard phrase's situation, title or text.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        editors.MapPost("/{id:guid}/retire", async Task<Ok<StandardPhraseDto>> (Guid id, HttpContext http, EditPhrases edit, CancellationToken ct) =>
                TypedResults.Ok(RenderPhrases.ToDto(await edit.SetRetiredAsync(http.MemberId(), id, retired: true, ct), new Dictionary<string, string>())))
            .WithName("RetireStandardPhrase")
            .WithSummary("Supervisors, managers, admins: take a standard phrase out of the agents' picker, keeping it to restore.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        editors.MapPost("/{id:guid}/restore", async Task<Ok<StandardPhraseDto>> (Guid id, HttpContext http, EditPhrases edit, CancellationToken ct) =>
                TypedResults.Ok(RenderPhrases.ToDto(await edit.SetRetiredAsync(http.MemberId(), id, retired: false, ct), new Dictionary<string, string>())))
            .WithName("RestoreStandardPhrase")
            .WithSummary("Supervisors, managers, admins: put a retired standard phrase back into the agents' picker.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        editors.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, EditPhrases edit, CancellationToken ct) =>
            {
                await edit.RemoveAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveStandardPhrase")
            .WithSummary("Supervisors, managers, admins: remove a standard phrase.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
