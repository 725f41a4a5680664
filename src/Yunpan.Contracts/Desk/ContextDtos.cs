namespace Yunpan.Contracts.Desk;

/// <summary>
/// K-12: the customer beside a case. E-mail and phones are masked ("138****0199") unless <c>Revealed</c>, which only
/// the audited reveal returns. <c>OtherCases</c>: how many other cases the member has opened.
/// </summary>
public sealed record CustomerContextDto(Guid MemberId, string? Email, string? Phone, string? ComplaintContactPhone, string? ComplaintContactEmail,
    bool Revealed, int OtherCases);

public sealed record RevealRecordDto(Guid Id, Guid StaffId, Guid CaseId, string CaseNumber, Guid MemberId, DateTimeOffset At);

public sealed record RevealAuditList(IReadOnlyList<RevealRecordDto> Items);
