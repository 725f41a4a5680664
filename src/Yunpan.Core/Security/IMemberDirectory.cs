namespace Yunpan.Core.Security;

/// <summary>Lets modules that keep rows per member check that a member exists without reaching into Accounts.</summary>
public interface IMemberDirectory
{
    Task<bool> ExistsAsync(Guid memberId, CancellationToken cancellationToken);
}
