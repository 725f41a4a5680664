namespace Yunpan.Plans.Rewards;

/// <summary>A starter task the member has done. Its capacity is granted when the member claims it, so nothing
/// changes a quota behind the member's back (and scripts that compare the quota with the plan stay right).</summary>
internal sealed class TaskCompletion
{
    public Guid MemberId { get; init; }

    public required string TaskId { get; init; }

    public DateTimeOffset DoneAt { get; init; }
}
