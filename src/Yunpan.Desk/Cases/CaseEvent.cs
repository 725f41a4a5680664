namespace Yunpan.Desk.Cases;

/// <summary>One entry of a case's timeline: messages to and from the customer, notes, state changes, hand-offs, promises.</summary>
internal sealed class CaseEvent
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Who did it: the customer or a staff member; null for the desk itself (a deadline that passed).</summary>
    public Guid? ActorId { get; init; }

    public CaseEventKind Kind { get; init; }

    public string? Body { get; init; }

    /// <summary>The other party of a hand-off (the agent or technical contact it went to).</summary>
    public Guid? TargetId { get; init; }

    /// <summary>Staff-only: the customer's view of the timeline leaves it out.</summary>
    public bool Internal { get; init; }
}

internal enum CaseEventKind
{
    Opened,
    CustomerMessage,
    Reply,
    Note,
    Taken,
    HandedOver,
    TechnicalHandOff,
    TechnicalFixed,
    StatusChanged,
    Resolved,
    Rated,
    Escalated,
    IncidentReported,
    IncidentAnswered,
}
