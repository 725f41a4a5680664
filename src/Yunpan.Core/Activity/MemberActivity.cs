namespace Yunpan.Core.Activity;

/// <summary>Something a member did that other modules may reward or record (sign-in, a verified address, a first
/// upload …). <paramref name="Detail"/> carries what the kind needs, e.g. the invitation code given at registration or
/// the channel of a sign-in.</summary>
public sealed record MemberActivity(Guid MemberId, string Kind, string? Detail = null);
