namespace Yunpan.Contracts.Desk;

/// <summary>
/// K-2 complaint form: who (the customer; <c>AboutStaffId</c>/<c>About</c> when it is about staff), what, when, where
/// and how to reach the customer. <c>Kind</c> (K-5 time limit): simple (default), complex, service-quality, business-processing.
/// </summary>
public sealed record ComplaintFormDto(Guid? AboutStaffId, string? About, string What, string When, string? Where,
    string? ContactName, string? ContactPhone, string? ContactEmail, string? Kind = null);

/// <summary>A member opens a case. <c>Type</c>: consultation, complaint (with <c>Complaint</c>), suggestion, praise.</summary>
public sealed record OpenCaseRequest(string Type, string Subject, string Body, Guid? CategoryId = null, ComplaintFormDto? Complaint = null);

/// <summary>
/// An agent registers a case for a member (a call, an e-mail, a regulator's letter …); the agent is recorded.
/// <c>Source</c>: web, email, phone, chat, regulator, consumer-association, media.
/// </summary>
public sealed record LogCaseRequest(Guid MemberId, string Source, string Type, string Subject, string Body,
    Guid? CategoryId = null, ComplaintFormDto? Complaint = null);

public sealed record CaseEventDto(Guid Id, DateTimeOffset At, string Kind, Guid? ActorId, string? Body, Guid? TargetId, bool Internal);

/// <summary>
/// A case. <c>Status</c>: new, open, waiting-for-customer, resolved, closed. The timeline is in the single-case views
/// only; the customer's leaves out internal entries. Running clocks (<c>Deadlines</c>) are for staff. A resolved case
/// carries the link where the customer rates it (<c>RatingUrl</c>, K-6).
/// </summary>
public sealed record CaseDto(Guid Id, string Number, Guid MemberId, string Type, string Source, Guid? CategoryId, string Subject,
    string Status, Guid? OwnerId, Guid? RecordedBy, ComplaintFormDto? Complaint, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    string? Outcome, string? Satisfaction, string? RatingUrl, IReadOnlyList<CaseEventDto>? Timeline, IReadOnlyList<DeadlineDto>? Deadlines);

public sealed record CaseList(IReadOnlyList<CaseDto> Items);

public sealed record MessageRequest(string Body);

/// <summary>K-4: a hand-over inside the desk records to whom and why.</summary>
public sealed record HandOverRequest(Guid ToAgentId, string Reason);

/// <summary>K-3: the details collected for the technical contact (the only part of the case they see).</summary>
public sealed record TechnicalHandOffRequest(Guid ContactId, string Details);

public sealed record TechnicalTaskDto(Guid Id, string CaseNumber, string Details, Guid AssignedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? FixedAt, string? FixNote);

public sealed record TechnicalTaskList(IReadOnlyList<TechnicalTaskDto> Items);

public sealed record FixedRequest(string Note);

/// <summary>An agent's reply to the customer; <c>WaitForCustomer</c> pauses the clocks until the customer answers.</summary>
public sealed record ReplyRequest(string Body, bool WaitForCustomer = false);

public sealed record CategoryDto(Guid Id, string Name, bool Technical, Guid? ParentId);

public sealed record CategoryList(IReadOnlyList<CategoryDto> Items);

public sealed record AddCategoryRequest(string Name, Guid? ParentId = null, bool Technical = false);

/// <summary>K-5: an alert on one of the recipient's cases. <c>Deadline</c>: resolution, tell-customer, progress-update, follow-up, supervisor-contact, callback, escalation, manager-reply.</summary>
public sealed record DeskNotificationDto(Guid Id, Guid CaseId, string CaseNumber, string Deadline, bool Breached, DateTimeOffset DueAt,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record DeskNotificationList(IReadOnlyList<DeskNotificationDto> Items);

public sealed record SupervisorRequest(Guid SupervisorId);

/// <summary>A running clock of a case as staff see it in the queue.</summary>
public sealed record DeadlineDto(string Kind, DateTimeOffset? DueAt, TimeSpan? Remaining, bool Warned, bool Breached);

/// <summary>K-6: the outcome told to the customer; complaints also need <c>Summary</c> and <c>Lessons</c> for the archive.</summary>
public sealed record ResolveRequest(string Outcome, string? Summary = null, string? Lessons = null);

/// <summary>K-6: very-satisfied, satisfied, neutral or dissatisfied (which reopens the case).</summary>
public sealed record RatingRequest(string Rating);

public sealed record ArchivedProblemDto(Guid Id, Guid CaseId, string CaseNumber, Guid? CategoryId, string Subject, string Summary, string Lessons, DateTimeOffset ArchivedAt);

public sealed record ArchiveList(IReadOnlyList<ArchivedProblemDto> Items);

/// <summary>K-5: why the owner escalates a complaint (internal: the customer does not see it).</summary>
public sealed record EscalateRequest(string Reason);

/// <summary>
/// K-5: an incident report on an escalated complaint that was still unresolved at its callback deadline. A manager
/// answers it by <c>ReplyDueAt</c> (counted in working time from <c>ReceivedAt</c>).
/// </summary>
public sealed record IncidentReportDto(Guid Id, Guid CaseId, string CaseNumber, string Body, DateTimeOffset ReceivedAt, DateTimeOffset ReplyDueAt,
    Guid? AnsweredBy, string? Answer, DateTimeOffset? AnsweredAt);

public sealed record IncidentReportList(IReadOnlyList<IncidentReportDto> Items);

public sealed record IncidentAnswerRequest(string Answer);
