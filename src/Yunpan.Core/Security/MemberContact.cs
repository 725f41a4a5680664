namespace Yunpan.Core.Security;

/// <summary>How to reach a member: the e-mail address and mobile number on the account (either may be missing).</summary>
public sealed record MemberContact(string? Email, string? Phone);
