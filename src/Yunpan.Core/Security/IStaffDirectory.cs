namespace Yunpan.Core.Security;

/// <summary>
/// The members who hold a role, for pickers that choose a colleague (the desk hands a case "to whom", K-4), without
/// reaching into Accounts.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The members with <paramref name="role"/>, each with the login they are known by.</summary>
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);
}
