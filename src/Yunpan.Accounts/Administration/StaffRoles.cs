using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Administration;

/// <summary>
/// Staff are members with roles (<see cref="Roles"/>): administrators grant and take back agent, supervisor, manager,
/// technical-contact and admin. Access tokens read the roles on every request, so there the change applies at once;
/// a browser session keeps the roles it signed in with until Identity re-validates its cookie
/// (<c>Accounts:SessionRevalidation</c>, a minute by default) or the member signs in again.
/// </summary>
public sealed class StaffRoles(UserManager<YunpanUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    public async Task<IReadOnlyList<string>> GrantAsync(Guid memberId, string role, CancellationToken cancellationToken)
    {
        var user = await FindAsync(memberId, role);
        await EnsureRolesAsync();
        if (!await users.IsInRoleAsync(user, role))
        {
            (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return [.. await users.GetRolesAsync(user)];
    }

    public async Task<IReadOnlyList<string>> RevokeAsync(Guid actingAdmin, Guid memberId, string role, CancellationToken cancellationToken)
    {
        var user = await FindAsync(memberId, role);
        if (memberId == actingAdmin && role == Roles.Admin)
        {
            // An installation must not lose its last way in by a slip; another administrator can do it.
            throw AccountsErrors.OwnAdminRole();
        }

        if (await users.IsInRoleAsync(user, role))
        {
            (await users.RemoveFromRoleAsync(user, role)).ThrowIfFailed();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return [.. await users.GetRolesAsync(user)];
    }

    /// <summary>Creates the role rows the first time they are needed.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() })).ThrowIfFailed();
            }
        }
    }

    private async Task<YunpanUser> FindAsync(Guid memberId, string role)
    {
        if (!Roles.All.Contains(role))
        {
            throw AccountsErrors.UnknownRole(role);
        }

        return await users.FindByIdAsync(memberId.ToString()) ?? throw AccountsErrors.MemberNotFound();
    }
}
