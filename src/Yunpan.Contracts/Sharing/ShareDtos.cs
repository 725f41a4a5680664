namespace Yunpan.Contracts.Sharing;

/// <summary>
/// Publishes a link (S-1…S-3, S-5). <see cref="Path"/> is a drive path; a <see cref="Password"/> (extraction code) makes
/// it an encrypted link. Everything but the path is optional. <see cref="Business"/> makes it a business link (S-8, Gold):
/// metered traffic and the publisher's own promotion (<see cref="PromotionText"/>, and <see cref="PromotionImage"/>, the
/// drive path of a JPEG/PNG/GIF/WebP image of up to 1 MB).
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
    int? DownloadLimit = null,
    bool Business = false,
    string? PromotionText = null,
    string? PromotionImage = null);

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
    int? DownloadLimit = null,
    bool Business = false,
    string? PromotionText = null,
    string? PromotionImage = null);

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
    IReadOnlyDictionary<string, string> Intents,
    bool Business = false,
    string? PromotionText = null,
    string? PromotionImage = null);

/// <summary>
/// The publisher's business-link traffic this month (S-8), in bytes: <see cref="Allowance"/> from the plan,
/// <see cref="Extra"/> bought this month, <see cref="Used"/> (sent, plus reserved by downloads in flight).
/// <see cref="StopReason"/> is null while business links serve, else <c>plan_ended</c> or <c>traffic_used_up</c>.
/// </summary>
public sealed record BusinessTrafficDto(DateTimeOffset Month, long Allowance, long Extra, long Used, long Remaining, string? StopReason);

public sealed record ShareListResponse(IReadOnlyList<ShareLinkDto> Items);

public static class ShareStatuses
{
    public const string Active = "active";
    public const string Expired = "expired";
    public const string Revoked = "revoked";
    public const string LimitReached = "limit_reached";
    public const string Removed = "removed";
    public const string BeyondPlan = "beyond_plan";

    /// <summary>A business link whose publisher's traffic for the month is used up (S-8).</summary>
    public const string TrafficUsedUp = "traffic_used_up";
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
