using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Endpoints;

internal static class RewardEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var rewards = app.MapGroup("/api/v1/rewards").WithTags("Rewards").RequireAuthorization();
        rewards.MapGet("/", (HttpContext http, GetRewards get, CancellationToken ct) => get.ExecuteAsync(http.MemberId(), ct))
            .WithName("GetRewards")
            .WithSummary("Points, today's sign-in and check-in, the next possible redemption, invitations issued and starter tasks (R-1…R-4). Days are counted in the reward time zone.");

        rewards.MapPost("/check-in", (HttpContext http, CheckIn checkIn, CancellationToken ct) => checkIn.ExecuteAsync(http.MemberId(), ct))
            .WithName("CheckIn")
            .WithSummary("Daily check-in (R-2): a random permanent bonus of at least the minimum (8 MB by default, long-tailed with no upper bound). 409 checked_in_today on a second try the same day.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        rewards.MapPost("/redeem", (HttpContext http, RedeemPoints redeem, CancellationToken ct) => redeem.ExecuteAsync(http.MemberId(), ct))
            .WithName("RedeemPoints")
            .WithSummary("Spend points on capacity for a year (R-1: 45 000 points → 30 GB), at most once a year. 409 points_insufficient or redeemed_this_year.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        rewards.MapPost("/tasks/{id}/claim", (string id, HttpContext http, ClaimTask claim, CancellationToken ct) => claim.ExecuteAsync(http.MemberId(), id, ct))
            .WithName("ClaimTask")
            .WithSummary("Claim the capacity of a starter task I have done (R-4), once. 409 task_not_done or task_claimed; 404 for an unknown task.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rewards.MapPost("/invitations", async Task<Created<InvitationDto>> (HttpContext http, CreateInvitation create, CancellationToken ct) =>
            {
                var invitation = await create.ExecuteAsync(http.MemberId(), ct);
                return TypedResults.Created("/api/v1/rewards/invitations", ToDto(invitation, http.Request));
            })
            .WithName("CreateInvitation")
            .WithSummary("Issue an invitation code and sign-up link (R-3; 5 a day and 20 in all by default). The inviter is credited when the invitee verifies an e-mail address or phone. 409 invitation_limit.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        rewards.MapGet("/invitations", async (HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var mine = await db.Set<Invitation>().AsNoTracking().Where(i => i.InviterId == http.MemberId())
                    .OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
                return new InvitationList(mine.Select(i => ToDto(i, http.Request)).ToList());
            })
            .WithName("ListInvitations")
            .WithSummary("The invitations I issued, newest first, with whether each was used and credited.");

        app.MapGet("/api/v1/capacity", (HttpContext http, GetCapacityLedger ledger, CancellationToken ct) => ledger.ExecuteAsync(http.MemberId(), ct))
            .RequireAuthorization()
            .WithTags("Rewards")
            .WithName("GetCapacityLedger")
            .WithSummary("Why my capacity is what it is: the plan's row, then every reward grant with its source and expiry; the total is the running rows' sum.");

        app.MapGet("/api/v1/admin/members/{id:guid}/capacity", (Guid id, GetCapacityLedger ledger, CancellationToken ct) => ledger.ExecuteAsync(id, ct))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Agent, Roles.Supervisor, Roles.Manager))
            .WithTags("Rewards")
            .WithName("GetMemberCapacityLedger")
            .WithSummary("Staff: a member's capacity ledger, to explain their quota.");
    }

    private static InvitationDto ToDto(Invitation invitation, HttpRequest request) => new(
        invitation.Code,
        $"{request.Scheme}://{request.Host}/signup?invite={invitation.Code}",
        invitation.CreatedAt,
        invitation.InviteeId is not null,
        invitation.RewardedAt is not null);
}
