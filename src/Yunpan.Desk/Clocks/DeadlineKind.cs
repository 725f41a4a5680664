namespace Yunpan.Desk.Clocks;

/// <summary>The clocks a case can run (K-3…K-6, K-14).</summary>
internal enum DeadlineKind
{
    /// <summary>K-5: the case handled within its SLA (type and complaint kind); paused while waiting for the customer.</summary>
    Resolution,

    /// <summary>K-3: a technical fix reported; the owner tells the customer.</summary>
    TellCustomer,

    /// <summary>K-5: cases that run longer than a day get progress news at least daily.</summary>
    ProgressUpdate,

    /// <summary>K-6: a dissatisfied customer is followed up.</summary>
    FollowUp,

    /// <summary>K-14: a complaint about an agent: their supervisor contacts the customer.</summary>
    SupervisorContact,

    /// <summary>K-5: an escalated complaint: the owner calls the customer back (met by a reply).</summary>
    Callback,

    /// <summary>K-5: an escalated complaint still unresolved when this runs out gets an incident report to the managers.</summary>
    Escalation,

    /// <summary>K-5: a manager answers the incident report, counted from its receipt.</summary>
    ManagerReply,
}
