namespace Yunpan.Desk.Escalation;

/// <summary>
/// K-5: an escalated complaint still unresolved when its callback time ran out is reported to the managers; one of
/// them answers within the reply limit, counted from receipt.
/// </summary>
internal sealed class IncidentReport
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    /// <summary>What the manager reads: the complaint, why it was escalated and what was done so far.</summary>
    public required string Body { get; init; }

    /// <summary>When the managers received it: the reply clock starts here.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset ReplyDueAt { get; init; }

    public Guid? AnsweredBy { get; set; }

    public string? Answer { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
