namespace Yunpan.Plans.Rewards;

/// <summary>
/// One row of the capacity ledger: extra space from a reward, with where it came from and until when. A member's
/// capacity is their plan's plus every grant still running, so support can explain any member's number line by line.
/// <see cref="Reference"/> makes each grant happen once (the task id, the check-in day, the invitation, the year).
/// </summary>
internal sealed class CapacityGrant
{
    public Guid Id { get; init; }

    public Guid MemberId { get; init; }

    public required string Source { get; init; }

    public required string Reference { get; init; }

    public long Bytes { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    /// <summary>Null for permanent grants (check-in, invitations, tasks).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
