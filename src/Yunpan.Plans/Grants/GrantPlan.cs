using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Yunpan.Core.Security;
using Yunpan.Plans.Catalog;

namespace Yunpan.Plans.Grants;

/// <summary>
/// Administrators give and withdraw free plans (P-1: Cooperative, granted to content partners). Only free plans other
/// than the default can be granted: paid plans are sold (P-4 covers shop sales), so a grant never stands in for money.
/// </summary>
internal sealed partial class GrantPlan(DbContext db, PlanCatalog catalog, IMemberDirectory members, TimeProvider clock, ILogger<GrantPlan> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<PlanGrant> GrantAsync(Guid adminId, Guid memberId, string? planId, DateTimeOffset? expiresAt, string? reason, CancellationToken cancellationToken)
    {
        var plan = catalog.Find(planId ?? "") ?? throw PlansErrors.UnknownPlan(planId ?? "");
        if (plan.PricePerYear is not null || plan == catalog.Default)
        {
            throw PlansErrors.NotGrantable(plan, catalog);
        }

        var now = clock.GetUtcNow();
        if (expiresAt is { } end && end <= now)
        {
            throw PlansErrors.GrantEndsInPast();
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            throw PlansErrors.GrantReasonTooLong();
        }

        if (!await members.ExistsAsync(memberId, cancellationToken))
        {
            throw PlansErrors.MemberNotFound();
        }

        var grant = await db.Set<PlanGrant>().FirstOrDefaultAsync(g => g.MemberId == memberId, cancellationToken);
        if (grant is null)
        {
            grant = new PlanGrant { MemberId = memberId, PlanId = plan.Id };
            db.Add(grant);
        }

        grant.PlanId = plan.Id;
        grant.ExpiresAt = expiresAt;
        grant.Reason = reason;
        grant.GrantedBy = adminId;
        grant.GrantedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        Granted(logger, adminId, plan.Id, memberId);
        return grant;
    }

    public Task<PlanGrant?> FindAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Set<PlanGrant>().AsNoTracking().FirstOrDefaultAsync(g => g.MemberId == memberId, cancellationToken);

    public async Task WithdrawAsync(Guid adminId, Guid memberId, CancellationToken cancellationToken)
    {
        if (await db.Set<PlanGrant>().Where(g => g.MemberId == memberId).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            Withdrawn(logger, adminId, memberId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId} granted plan {PlanId} to member {MemberId}")]
    private static partial void Granted(ILogger logger, Guid adminId, string planId, Guid memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId} withdrew the granted plan of member {MemberId}")]
    private static partial void Withdrawn(ILogger logger, Guid adminId, Guid memberId);
}
