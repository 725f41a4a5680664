namespace Yunpan.Desk.Cases;

/// <summary>K-2: what the customer came with.</summary>
internal enum CaseType
{
    Consultation,
    Complaint,
    Suggestion,
    Praise,
}

/// <summary>K-1: where the case came from.</summary>
internal enum CaseSource
{
    Web,
    Email,
    Phone,
    Chat,
    Regulator,
    ConsumerAssociation,
    Media,
}

/// <summary>Where a case is in its life.</summary>
internal enum CaseStatus
{
    /// <summary>Nobody has taken it yet.</summary>
    New,

    /// <summary>An agent owns it (K-4) and works on it.</summary>
    Open,

    /// <summary>The agent asked the customer something; SLA clocks pause.</summary>
    WaitingForCustomer,

    /// <summary>The customer was told the outcome; waiting for their rating.</summary>
    Resolved,

    Closed,
}
