namespace Yunpan.Core.Security;

/// <summary>Lets modules address a member by what people know of them (file express, S-12) without reaching into Accounts.</summary>
public interface IMemberLookup
{
    /// <summary>The id of the member whose e-mail address or phone number is <paramref name="login"/>; null when none is.</summary>
    Task<Guid?> FindIdByLoginAsync(string? login, CancellationToken cancellationToken);
}
