using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Endpoints;

internal static class BannedPhraseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/desk/banned-phrases").WithTags("Desk: banned phrases")
            .RequireAuthorization(p => p.RequireRole(DeskRoles.Staff));

        staff.MapGet("/", async (DbContext db, CancellationToken ct) =>
            {
                var rows = await db.Set<BannedPhrase>().AsNoTracking().ToListAsync(ct);
                var items = rows.OrderBy(p => p.Category).ThenBy(p => p.Normalized, StringComparer.Ordinal).Select(DeskDtos.ToDto).ToList();
                return TypedResults.Ok(new BannedPhraseList(items, BannedPhraseCategories.All, await BannedPhraseIndex.CurrentVersionAsync(db, ct)));
            })
            .WithName("ListBannedPhrases")
            .WithSummary("Staff: the banned phrases (K-8) by category, each with the standard phrase suggested instead, and the list's version.");

        staff.MapPost("/check", async (TextCheckRequest request, CheckText check, CancellationToken ct) =>
            {
                var hits = await check.FindAsync(request.Text ?? "", ct);
                return TypedResults.Ok(new TextCheckResult(hits.Count == 0, hits.Select(DeskDtos.ToDto).ToList()));
            })
            .WithName("CheckText")
            .WithSummary("Staff: the banned phrases in a draft, found through spacing, punctuation, full-width letters and traditional characters, " +
                "with the span of the draft each one covers. Replies are checked the same way when sent.");

        var editors = app.MapGroup("/api/v1/desk/banned-phrases").WithTags("Desk: banned phrases")
            .RequireAuthorization(p => p.RequireRole(DeskRoles.ListKeepers));

        editors.MapPost("/", async Task<Created<BannedPhraseDto>> (BannedPhraseRequest request, HttpContext http, EditBannedPhrases edit, CancellationToken ct) =>
            {
                var row = await edit.AddAsync(http.MemberId(), request.Phrase, request.Category, request.Suggestion, ct);
                return TypedResults.Created($"/api/v1/desk/banned-phrases/{row.Id}", DeskDtos.ToDto(row));
            })
            .WithName("AddBannedPhrase")
            .WithSummary("Supervisors, managers, admins: add a banned phrase (409 banned_phrase_exists when its normalized form is listed).");

        editors.MapPut("/{id:guid}", async (Guid id, BannedPhraseRequest request, HttpContext http, EditBannedPhrases edit, CancellationToken ct) =>
                TypedResults.Ok(DeskDtos.ToDto(await edit.ChangeAsync(http.MemberId(), id, request.Phrase, request.Category, request.Suggestion, ct))))
            .WithName("ChangeBannedPhrase")
            .WithSummary("Supervisors, managers, admins: change a banned phrase, its category or its suggestion.");

        editors.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, EditBannedPhrases edit, CancellationToken ct) =>
            {
                await edit.RemoveAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveBannedPhrase")
            .WithSummary("Supervisors, managers, admins: take a phrase off the list.");
    }
}
