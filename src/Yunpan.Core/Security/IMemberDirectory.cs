namespace Yunpan.Core.Security;

/// <summary>Lets modules that keep rows per member check that a member exists without reaching into Accounts.</summary>
public interface IMemberDirectory
{
    Task<bool> ExistsAsync(Guid memberId, CancellationToken cancellationToken);

    /// <summary>Whether the member exists and has the role (the desk checks whom a case is handed to).</summary>
    Task<bool> HasRoleAsync(Guid memberId, string role, CancellationToken cancellationToken);
}
