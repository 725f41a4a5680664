namespace Yunpan.Contracts.Plans;

/// <summary>An administrator grants a free plan (Cooperative, P-1); without <c>expiresAt</c> it runs until withdrawn.</summary>
public sealed record PlanGrantRequest(string Plan, DateTimeOffset? ExpiresAt = null, string? Reason = null);

/// <summary>A member's granted plan, who granted it and when. It counts while it is the highest plan still running.</summary>
public sealed record PlanGrantDto(Guid MemberId, string Plan, string PlanName, DateTimeOffset? ExpiresAt, string? Reason, Guid GrantedBy, DateTimeOffset GrantedAt);
