namespace Yunpan.Core.Security;

/// <summary>Lets modules that keep rows per member check that a member exists without reaching into Accounts.</summary>
public interface IMemberDirectory
{
    Task<bool> ExistsAsync(Guid memberId, CancellationToken cancellationToken);

    /// <summary>Whether the member exists and has the role (the desk checks whom a case is handed to).</summary>
    Task<bool> HasRoleAsync(Guid memberId, string role, CancellationToken cancellationToken);

    /// <summary>The member's e-mail and phone, or null when there is no such member (the desk masks them for staff).</summary>
    Task<MemberContact?> ContactAsync(Guid memberId, CancellationToken cancellationToken);

    /// <summary>The members who hold the role (the desk sends incident reports to every manager).</summary>
    Task<IReadOnlyList<Guid>> WithRoleAsync(string role, CancellationToken cancellationToken);
}
