using System.Net.Http.Json;
using Yunpan.Contracts.Desk;

namespace Yunpan.Client;

/// <summary>The service desk (K-1…K-14): members' own cases, the staff's queue and case work, technical tasks, the archive.</summary>
public sealed partial class YunpanClient
{
    public Task<CategoryList> CaseCategoriesAsync(CancellationToken ct = default) => SendAsync<CategoryList>(HttpMethod.Get, "api/v1/desk/categories", null, ct);

    public Task<CaseDto> OpenCaseAsync(OpenCaseRequest request, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, "api/v1/cases", JsonContent.Create(request, options: Json), ct);

    public Task<CaseList> MyCasesAsync(CancellationToken ct = default) => SendAsync<CaseList>(HttpMethod.Get, "api/v1/cases", null, ct);

    /// <summary>One of my cases with its timeline (without the staff's internal notes).</summary>
    public Task<CaseDto> MyCaseAsync(Guid id, CancellationToken ct = default) => SendAsync<CaseDto>(HttpMethod.Get, $"api/v1/cases/{id}", null, ct);

    public Task<CaseEventDto> WriteOnMyCaseAsync(Guid id, string body, CancellationToken ct = default) =>
        SendAsync<CaseEventDto>(HttpMethod.Post, $"api/v1/cases/{id}/messages", JsonContent.Create(new MessageRequest(body), options: Json), ct);

    /// <summary>K-6: very-satisfied, satisfied, neutral or dissatisfied (which reopens the case).</summary>
    public Task<CaseDto> RateMyCaseAsync(Guid id, string rating, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, $"api/v1/cases/{id}/rating", JsonContent.Create(new RatingRequest(rating), options: Json), ct);

    /// <summary>The queue: open cases oldest first (or <paramref name="status"/>), only mine with <paramref name="mine"/>.</summary>
    public Task<CaseList> DeskCasesAsync(string? status = null, bool mine = false, CancellationToken ct = default) =>
        SendAsync<CaseList>(HttpMethod.Get, "api/v1/desk/cases" + Query(("status", status), ("mine", mine ? "true" : null)), null, ct);

    public Task<CaseDto> DeskCaseAsync(Guid id, CancellationToken ct = default) => SendAsync<CaseDto>(HttpMethod.Get, $"api/v1/desk/cases/{id}", null, ct);

    /// <summary>K-4: the first agent to take a case owns it; another's attempt is refused with <c>case_taken</c>.</summary>
    public Task<CaseDto> TakeCaseAsync(Guid id, CancellationToken ct = default) => SendAsync<CaseDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/take", null, ct);

    /// <summary>K-8: a reply with a banned phrase is refused with <c>banned_phrase</c> (see <see cref="BannedPhraseStop"/>) and not sent.</summary>
    public Task<CaseEventDto> ReplyToCaseAsync(Guid id, ReplyRequest request, CancellationToken ct = default) =>
        SendAsync<CaseEventDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/replies", JsonContent.Create(request, options: Json), ct);

    public Task<CaseEventDto> AddCaseNoteAsync(Guid id, string body, CancellationToken ct = default) =>
        SendAsync<CaseEventDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/notes", JsonContent.Create(new MessageRequest(body), options: Json), ct);

    public Task<CaseDto> HandOverCaseAsync(Guid id, HandOverRequest request, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/handover", JsonContent.Create(request, options: Json), ct);

    public Task<TechnicalTaskDto> HandToTechnicalContactAsync(Guid id, TechnicalHandOffRequest request, CancellationToken ct = default) =>
        SendAsync<TechnicalTaskDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/technical", JsonContent.Create(request, options: Json), ct);

    /// <summary>K-1: register a case for a member from another channel (a phone call, an e-mail …); the recording agent is stamped.</summary>
    public Task<CaseDto> LogCaseAsync(LogCaseRequest request, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, "api/v1/desk/cases", JsonContent.Create(request, options: Json), ct);

    /// <summary>K-5, managers: incident reports on escalated complaints, newest first; only unanswered ones with <paramref name="open"/>.</summary>
    public Task<IncidentReportList> IncidentReportsAsync(bool open = false, CancellationToken ct = default) =>
        SendAsync<IncidentReportList>(HttpMethod.Get, "api/v1/desk/incidents" + (open ? "?open=true" : ""), null, ct);

    public Task<IncidentReportDto> IncidentReportAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<IncidentReportDto>(HttpMethod.Get, $"api/v1/desk/incidents/{id}", null, ct);

    /// <summary>K-5, managers: answer an incident report (once); stops its reply clock.</summary>
    public Task<IncidentReportDto> AnswerIncidentReportAsync(Guid id, string answer, CancellationToken ct = default) =>
        SendAsync<IncidentReportDto>(HttpMethod.Post, $"api/v1/desk/incidents/{id}/answer", JsonContent.Create(new IncidentAnswerRequest(answer), options: Json), ct);

    /// <summary>K-5: escalate a complaint with the reason; a callback is due within 2 working hours, then an incident report.</summary>
    public Task<CaseDto> EscalateCaseAsync(Guid id, string reason, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/escalate", JsonContent.Create(new EscalateRequest(reason), options: Json), ct);

    public Task<CaseDto> ResolveCaseAsync(Guid id, ResolveRequest request, CancellationToken ct = default) =>
        SendAsync<CaseDto>(HttpMethod.Post, $"api/v1/desk/cases/{id}/resolve", JsonContent.Create(request, options: Json), ct);

    /// <summary>K-12: the customer beside the case with e-mail and phones masked.</summary>
    public Task<CustomerContextDto> CustomerContextAsync(Guid caseId, CancellationToken ct = default) =>
        SendAsync<CustomerContextDto>(HttpMethod.Get, $"api/v1/desk/cases/{caseId}/customer", null, ct);

    /// <summary>K-12: the contact details unmasked; the server writes the reveal to the audit log first.</summary>
    public Task<CustomerContextDto> RevealCustomerContactAsync(Guid caseId, CancellationToken ct = default) =>
        SendAsync<CustomerContextDto>(HttpMethod.Post, $"api/v1/desk/cases/{caseId}/customer/reveal", null, ct);

    /// <summary>Colleagues with <paramref name="role"/> (agent, technical-contact …) to hand a case or its details to.</summary>
    public Task<StaffList> DeskStaffAsync(string role, CancellationToken ct = default) =>
        SendAsync<StaffList>(HttpMethod.Get, "api/v1/desk/staff" + Query(("role", role)), null, ct);

    public Task<DeskNotificationList> DeskNotificationsAsync(CancellationToken ct = default) =>
        SendAsync<DeskNotificationList>(HttpMethod.Get, "api/v1/desk/notifications", null, ct);

    public Task MarkDeskNotificationReadAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Post, $"api/v1/desk/notifications/{id}/read", null, ct);

    public Task<ArchiveList> SearchArchiveAsync(string? query = null, CancellationToken ct = default) =>
        SendAsync<ArchiveList>(HttpMethod.Get, "api/v1/desk/archive" + Query(("q", string.IsNullOrWhiteSpace(query) ? null : query)), null, ct);

    /// <summary>Technical contact: the tasks handed to me, open ones first.</summary>
    public Task<TechnicalTaskList> MyTechnicalTasksAsync(CancellationToken ct = default) =>
        SendAsync<TechnicalTaskList>(HttpMethod.Get, "api/v1/desk/tasks", null, ct);

    public Task<TechnicalTaskDto> MarkTaskFixedAsync(Guid id, string note, CancellationToken ct = default) =>
        SendAsync<TechnicalTaskDto>(HttpMethod.Post, $"api/v1/desk/tasks/{id}/fixed", JsonContent.Create(new FixedRequest(note), options: Json), ct);

    /// <summary>Checks a draft for banned phrases without sending it.</summary>
    public Task<TextCheckResult> CheckTextAsync(string text, CancellationToken ct = default) =>
        SendAsync<TextCheckResult>(HttpMethod.Post, "api/v1/desk/banned-phrases/check", JsonContent.Create(new TextCheckRequest(text), options: Json), ct);
}
