using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;

namespace Yunpan.Desk.Cases;

/// <summary>Who may act on a case: K-4 keeps the owner in charge; supervisors, managers and admins may step in.</summary>
internal static class CaseAccess
{
    public static async Task<Case> LoadAsync(DbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("case");

    /// <summary>
    /// The case for a change by <paramref name="staff"/>: they own it (or are above agents) and it is not closed.
    /// </summary>
    public static async Task<Case> LoadInChargeAsync(DbContext db, Guid id, ClaimsPrincipal staff, CancellationToken cancellationToken)
    {
        var @case = await LoadAsync(db, id, cancellationToken);
        EnsureInCharge(@case, staff);
        EnsureNotClosed(@case);
        return @case;
    }

    private static void EnsureInCharge(Case @case, ClaimsPrincipal staff)
    {
        if (@case.OwnerId != staff.MemberId() && !IsAboveAgent(staff))
        {
            throw new DomainException(ErrorCodes.NotCaseOwner, StatusCodes.Status403Forbidden,
                @case.OwnerId is null ? "Take the case first: the agent who takes it owns it." : "Another agent owns this case; ask them or a supervisor to hand it over.");
        }
    }

    public static void EnsureNotClosed(Case @case)
    {
        if (@case.Status == CaseStatus.Closed)
        {
            throw new DomainException(ErrorCodes.CaseClosed, StatusCodes.Status409Conflict, $"Case {@case.Number} is closed.");
        }
    }

    private static bool IsAboveAgent(ClaimsPrincipal staff) =>
        staff.IsInRole(Roles.Supervisor) || staff.IsInRole(Roles.Manager) || staff.IsInRole(Roles.Admin);
}
