using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Notifications;

/// <summary>K-5: an in-app alert to a staff member that a case's clock is about to run out, or has.</summary>
internal sealed class DeskNotification
{
    public Guid Id { get; init; }

    public Guid RecipientId { get; init; }

    public Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    public DeadlineKind Deadline { get; init; }

    /// <summary>True at the deadline, false for the warning before it.</summary>
    public bool Breached { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
