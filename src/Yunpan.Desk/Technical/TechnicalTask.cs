namespace Yunpan.Desk.Technical;

/// <summary>
/// K-3: a technical question handed to a technical contact as a sub-task of the case. The contact sees these details
/// and the case number only, never the customer or the rest of the timeline.
/// </summary>
internal sealed class TechnicalTask
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    public Guid ContactId { get; init; }

    public Guid AssignedBy { get; init; }

    public required string Details { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FixedAt { get; set; }

    public string? FixNote { get; set; }
}
