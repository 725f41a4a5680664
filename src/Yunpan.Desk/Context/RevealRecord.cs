namespace Yunpan.Desk.Context;

/// <summary>K-12: a staff member saw a customer's unmasked contact details, on which case and when.</summary>
internal sealed class RevealRecord
{
    public Guid Id { get; init; }

    public Guid StaffId { get; init; }

    public Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset At { get; init; }
}
