namespace Yunpan.Desk.Clocks;

/// <summary>
/// One running clock of a case, stored so that a sweeper on any node acts on it: warned once before, breached once
/// at the deadline, closed when met. While paused it keeps the working time that was left instead of a deadline.
/// </summary>
internal sealed class CaseDeadline
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public DeadlineKind Kind { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Null while paused.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? WarnAt { get; set; }

    /// <summary>Working time left when the clock was paused.</summary>
    public TimeSpan? Remaining { get; set; }

    public DateTimeOffset? WarnedAt { get; set; }

    public DateTimeOffset? BreachedAt { get; set; }

    public DateTimeOffset? MetAt { get; set; }
}
