namespace Yunpan.Accounts.Members;

/// <summary>What other modules and the host may know of a member's account.</summary>
public sealed record MemberProfile(
    Guid Id,
    string? Email,
    bool EmailVerified,
    string? Phone,
    bool PhoneVerified,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt);
