namespace Yunpan.Contracts.Sharing;

/// <summary>
/// Publishes a link (S-1…S-3, S-5). <see cref="Path"/> is a drive path; a <see cref="Password"/> (extraction code) makes
/// it an encrypted link. Everything but the path is optional.
/// </summary>
public sealed record CreateShareRequest(
    string Path,
    string? Password = null,
    string? Title = null,
    string? Description = null,
    bool HideDescription = false,
    string? Template = null,
    bool ForbidSave = false,
    DateTimeOffset? ExpiresAt = null,
    int? DownloadLimit = null);

/// <summary>
/// Replaces every setting of a link (S-3, S-9): what is left out is cleared (no password, no expiry, no limit,
/// default template). Saved only when the result fits the publisher's current plan.
/// </summary>
public sealed record UpdateShareRequest(
    string? Password = null,
    string? Title = null,
    string? Description = null,
    bool HideDescription = false,
    string? Template = null,
    bool ForbidSave = false,
    DateTimeOffset? ExpiresAt = null,
    int? DownloadLimit = null);

public sealed record SetSharePasswordRequest(string Password);

/// <summary>Save to my drive (S-4): <see cref="Path"/> picks an item inside a folder link ("/" or empty: the shared
/// item itself); it is copied into <see cref="Folder"/> of the visitor's drive. <see cref="Code"/> is the extraction
/// code of an encrypted link (or unlock it on its page first).</summary>
public sealed record SaveShareRequest(string Folder, string? Path = null, string? Code = null);

public sealed record ShareCounters(long Views, long Downloads, long Saves, long Bytes);

/// <summary>
/// A link as its publisher sees it. <see cref="Status"/>: active, expired, revoked, limit_reached, removed (the item is
/// no longer in the drive) or beyond_plan (S-9; <see cref="StatusReason"/> says why). S-11: <see cref="ShareText"/>
/// is the address with its code to copy, <see cref="QrCode"/> a PNG of the address, <see cref="Intents"/> the
/// microblogs' share addresses.
/// </summary>
public sealed record ShareLinkDto(
    Guid Id,
    string Token,
    string Url,
    string? Path,
    string? Name,
    bool IsFolder,
    bool HasPassword,
    string? Password,
    string? Title,
    string? Description,
    bool HideDescription,
    string Template,
    bool ForbidSave,
    DateTimeOffset? ExpiresAt,
    int? DownloadLimit,
    DateTimeOffset CreatedAt,
    string Status,
    string? StatusReason,
    ShareCounters Counters,
    string ShareText,
    string QrCode,
    IReadOnlyDictionary<string, string> Intents);

public sealed record ShareListResponse(IReadOnlyList<ShareLinkDto> Items);

public static class ShareStatuses
{
    public const string Active = "active";
    public const string Expired = "expired";
    public const string Revoked = "revoked";
    public const string LimitReached = "limit_reached";
    public const string Removed = "removed";
    public const string BeyondPlan = "beyond_plan";
}

/// <summary>The built-in link-page templates (S-5); anything but <see cref="Classic"/> needs the linkTemplates capability.</summary>
public static class ShareTemplates
{
    public const string Classic = "classic";
    public const string Minimal = "minimal";
    public const string Night = "night";
    public const string Paper = "paper";

    public static readonly IReadOnlyList<string> All = [Classic, Minimal, Night, Paper];
}

/// <summary>A word of the installation's sensitive-word list (S-10).</summary>
public sealed record SensitiveWordDto(Guid Id, string Word, DateTimeOffset CreatedAt);

public sealed record AddSensitiveWordRequest(string Word);

public sealed record SensitiveWordList(IReadOnlyList<SensitiveWordDto> Items);

/// <summary>File express (S-12): send <see cref="Path"/> of my drive to the member with e-mail or phone <see cref="To"/>.</summary>
public sealed record SendExpressRequest(string To, string Path, string? Message = null);

public sealed record AcceptExpressRequest(string Folder);

/// <summary>A parcel of file express. <see cref="Status"/>: pending, accepted, declined, expired (after its deadline) or
/// withdrawn (the sender's item left their drive).</summary>
public sealed record ExpressDto(
    Guid Id,
    Guid SenderId,
    Guid RecipientId,
    string Name,
    bool IsFolder,
    long Size,
    string? Message,
    string Status,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt,
    string? SavedPath);

public sealed record ExpressList(IReadOnlyList<ExpressDto> Items);

public static class ExpressStatuses
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Withdrawn = "withdrawn";
}
