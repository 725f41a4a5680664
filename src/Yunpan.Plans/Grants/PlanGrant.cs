namespace Yunpan.Plans.Grants;

/// <summary>
/// A plan an administrator gave a member for free (Cooperative for content partners, P-1). It is kept apart from the
/// bought plan so that a purchase never overwrites it, and the member is back on it when the bought term ends (P-6).
/// </summary>
internal sealed class PlanGrant
{
    public Guid MemberId { get; init; }

    public required string PlanId { get; set; }

    /// <summary>Null: the grant runs until an administrator withdraws it.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public Guid GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public string? Reason { get; set; }
}
