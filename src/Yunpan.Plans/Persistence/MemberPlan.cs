namespace Yunpan.Plans.Persistence;

/// <summary>The plan a member is on, when it is not the default one. Orders (a later issue) write these rows.</summary>
internal sealed class MemberPlan
{
    public Guid MemberId { get; init; }

    public required string PlanId { get; set; }

    /// <summary>Null for plans that do not run out (granted by an admin).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
