namespace Yunpan.Contracts.Desk;

/// <summary>
/// K-12: the customer beside a case. E-mail and phones are masked ("138****0199") unless <c>Revealed</c>, which only
/// the audited reveal returns. <c>OtherCases</c>: how many other cases the member has opened. <c>Plan</c>,
/// <c>Storage</c> and <c>Links</c> are null when the installation runs without the module that knows them.
/// </summary>
public sealed record CustomerContextDto(Guid MemberId, string? Email, string? Phone, string? ComplaintContactPhone, string? ComplaintContactEmail,
    bool Revealed, int OtherCases, CustomerPlanDto? Plan = null, CustomerStorageDto? Storage = null, CustomerLinksDto? Links = null);

/// <summary>The member's plan now (<c>Capacity</c> in bytes, rewards included) and newest orders (amounts in fen).</summary>
public sealed record CustomerPlanDto(string Id, string Name, long Capacity, DateTimeOffset? ExpiresAt, IReadOnlyList<CustomerOrderDto> Orders);

public sealed record CustomerOrderDto(Guid Id, string Plan, long Amount, string Channel, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? PeriodStart, DateTimeOffset? PeriodEnd);

/// <summary>Bytes in use (files, versions, trash, running uploads), the newest uploads that never completed and the newest
/// whole-file downloads that broke off.</summary>
public sealed record CustomerStorageDto(
    long Used,
    long Files,
    long Versions,
    long Trash,
    long Uploads,
    IReadOnlyList<CustomerUploadDto> UnfinishedUploads,
    IReadOnlyList<CustomerDownloadDto> FailedDownloads);

/// <summary>An upload that has not completed: its target, how far it got, when it started and when it expires.</summary>
public sealed record CustomerUploadDto(string? Path, long Length, long Offset, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>A download of a whole file that the connection dropped before the end.</summary>
public sealed record CustomerDownloadDto(string Path, long Size, DateTimeOffset At);

/// <summary>How many links the member has, how many still serve, and the newest.</summary>
public sealed record CustomerLinksDto(int Total, int Active, IReadOnlyList<CustomerLinkDto> Recent);

/// <summary>A link without its token or code: <c>Status</c> as the member's own list shows it.</summary>
public sealed record CustomerLinkDto(Guid Id, string? Title, bool IsFolder, bool Encrypted, string Status, long Downloads, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt);

public sealed record RevealRecordDto(Guid Id, Guid StaffId, Guid CaseId, string CaseNumber, Guid MemberId, DateTimeOffset At);

public sealed record RevealAuditList(IReadOnlyList<RevealRecordDto> Items);
