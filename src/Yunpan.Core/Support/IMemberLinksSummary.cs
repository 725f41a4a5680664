namespace Yunpan.Core.Support;

/// <summary>
/// K-12: the member's share links for the desk's customer context ("my link will not download").
/// Implemented by Sharing and registered in its module setup.
/// </summary>
public interface IMemberLinksSummary
{
    Task<MemberLinksSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken);
}

/// <summary>How many links the member has, how many still serve, and the newest few.</summary>
public sealed record MemberLinksSummary(int Total, int Active, IReadOnlyList<MemberLinkSummary> Recent);

/// <summary>
/// One link: its title (or the shared item's name), its state (Sharing's statuses: active, expired, revoked, limit_reached,
/// removed, beyond_plan), whether it is encrypted, and its downloads. No token or password.
/// </summary>
public sealed record MemberLinkSummary(Guid Id, string? Title, bool IsFolder, bool Encrypted, string State, long Downloads, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt);
