namespace Yunpan.Desk.Cases;

/// <summary>K-1, K-2: one matter a customer brought to the desk, with its owner and its timeline (<see cref="CaseEvent"/>).</summary>
internal sealed class Case
{
    public Guid Id { get; init; }

    /// <summary>What the customer and staff quote ("YP-20261123-4821").</summary>
    public required string Number { get; init; }

    /// <summary>The customer.</summary>
    public Guid MemberId { get; init; }

    public CaseType Type { get; set; }

    public CaseSource Source { get; init; }

    public Guid? CategoryId { get; set; }

    public required string Subject { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>K-4: the agent who took it, until it is handed over inside the desk.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>The agent who registered it for the customer (a call, a letter from a regulator …); null when the customer opened it.</summary>
    public Guid? RecordedBy { get; init; }

    /// <summary>K-2: for complaints, the complaint form.</summary>
    public ComplaintForm? Complaint { get; set; }

    /// <summary>K-6: what the customer was told when the case was resolved.</summary>
    public string? Outcome { get; set; }

    /// <summary>K-6: the problem and the lessons, for the archive (required for complaints).</summary>
    public string? Summary { get; set; }

    public string? Lessons { get; set; }

    /// <summary>K-6: the customer's rating of the last resolution.</summary>
    public Closing.Satisfaction? Satisfaction { get; set; }

    /// <summary>K-5: when the complaint was escalated (callback within 2 h, then an incident report to the managers).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
