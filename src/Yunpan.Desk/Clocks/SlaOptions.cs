using System.ComponentModel.DataAnnotations;

namespace Yunpan.Desk.Clocks;

/// <summary>
/// Configuration section <c>Desk:Sla</c>: K-5's time limits (seed defaults), counted in working time on the business
/// calendar except <see cref="ProgressUpdate"/>, which is a calendar day.
/// </summary>
public sealed class SlaOptions
{
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ServiceQualityComplaint { get; set; } = TimeSpan.FromHours(2);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan BusinessProcessingComplaint { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SimpleComplaint { get; set; } = TimeSpan.FromHours(12);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ComplexComplaint { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Consultations, suggestions and praise.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan OtherCases { get; set; } = TimeSpan.FromHours(24);

    /// <summary>K-3: after a technical fix, the customer is told "at once".</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TellCustomer { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>K-5: progress news at least this often (calendar time).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan ProgressUpdate { get; set; } = TimeSpan.FromDays(1);

    /// <summary>K-6: a dissatisfied customer is contacted again within this working time.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FollowUp { get; set; } = TimeSpan.FromHours(24);

    /// <summary>K-14: the supervisor of an agent complained about contacts the customer within this working time.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SupervisorContact { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The working time a case has to be resolved in: by complaint kind, else <see cref="OtherCases"/>. Also what a
    /// complaint's "we will answer within N hours" promises (K-7).
    /// </summary>
    internal TimeSpan Resolution(Cases.Case @case) => @case.Complaint?.Kind switch
    {
        null => OtherCases,
        ComplaintKind.ServiceQuality => ServiceQualityComplaint,
        ComplaintKind.BusinessProcessing => BusinessProcessingComplaint,
        ComplaintKind.Complex => ComplexComplaint,
        _ => SimpleComplaint,
    };

    /// <summary>K-5: an escalated complaint is called back within this working time; unresolved by then, it is reported to the managers.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan EscalatedCallback { get; set; } = TimeSpan.FromHours(2);

    /// <summary>K-5: a manager answers an incident report within this working time of receiving it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ManagerReply { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long before a deadline the owner and their supervisor are warned.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan WarningLead { get; set; } = TimeSpan.FromMinutes(30);
}
