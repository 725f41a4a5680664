using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;
using Yunpan.Drive.Quotas;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Server.Endpoints;

/// <summary><c>GET /api/v1/me</c>: the account, its plan and its quota, composed from three modules.</summary>
internal static class MeEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/me", async (HttpContext http, GetProfile profiles, IEntitlements entitlements, QuotaMeter meter, CancellationToken ct) =>
            {
                var id = http.MemberId();
                var profile = await profiles.ExecuteAsync(id)
                    ?? throw new DomainException(ErrorCodes.Unauthorized, StatusCodes.Status401Unauthorized, "The account no longer exists.");
                var plan = await entitlements.ForMemberAsync(id, ct);
                var usage = await meter.UsageAsync(id, ct);
                return new MeResponse(profile.Id, profile.Email, profile.EmailVerified, profile.Phone, profile.PhoneVerified,
                    plan.PlanId, plan.PlanName, new QuotaDto(usage.Total, plan.Capacity, usage.Files, usage.Versions, usage.Trash, usage.Uploads),
                    plan.MaxUpload, profile.Roles, profile.CreatedAt, plan.ExpiresAt);
            })
            .RequireAuthorization()
            .WithTags("Accounts")
            .WithName("Me")
            .WithSummary("The signed-in member: contact details, plan (and when it runs out) and quota (used bytes count files, versions and the trash).");
}
