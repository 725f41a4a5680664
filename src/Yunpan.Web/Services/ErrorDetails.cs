using System.Globalization;
using Microsoft.Extensions.Localization;
using Yunpan.Client;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Formatting;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>
/// The numbers and names some refusals carry as problem+json members (the plan's size limit, the space a file
/// needs …), formatted for the reader as the "Error_{code}_Detail" texts' arguments. Null when the refusal lacks any of
/// them (an older server, another path that raises the code): the text without numbers is shown then.
/// </summary>
public static class ErrorDetails
{
    private static readonly Dictionary<string, Func<IStringLocalizer<Strings>, YunpanApiException, object[]?>> Readers = new(StringComparer.Ordinal)
    {
        [ErrorCodes.FileTooLarge] = (_, e) => Sizes(e, "limit"),
        [ErrorCodes.LinkFileTooLarge] = (_, e) => Sizes(e, "limit"),
        [ErrorCodes.BusinessTrafficUsedUp] = (_, e) => Sizes(e, "needed", "remaining"),
        [ErrorCodes.QuotaExceeded] = (_, e) => Quota(e),
        [ErrorCodes.PointsInsufficient] = (_, e) => Numbers(e, "cost", "points"),
        [ErrorCodes.RedeemedThisYear] = (_, e) => e.Extension<DateTimeOffset?>("availableAt") is { } at ? [Date(at)] : null,
        [ErrorCodes.AccountLocked] = (_, e) => e.Extension<DateTimeOffset?>("lockedUntil") is { } until ? [until.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)] : null,
        [ErrorCodes.PlanDowngrade] = (l, e) =>
            e.Extension<string>("currentPlan") is { } plan && e.Extension<DateTimeOffset?>("currentPlanEnds") is { } ends
                ? [PlanNames.For(l, plan, plan), Date(ends)]
                : null,
        [ErrorCodes.RateLimited] = (l, e) => e.RetryAfter is { } wait ? [l["DurationMinutes", WholeMinutes(wait)].Value] : null,
        [ErrorCodes.SensitiveWords] = (l, e) => e.Extension<string[]>("words") is { Length: > 0 } words ? [string.Join(l["ListSeparator"], words)] : null,
        [ErrorCodes.BannedPhrase] = (_, e) =>
            e.Extension<string>("matched") is { } matched && e.Extension<string>("suggestion") is { } suggestion ? [matched, suggestion] : null,
    };

    /// <summary>The codes whose refusals carry numbers or names worth showing.</summary>
    public static IEnumerable<string> Codes => Readers.Keys;

    /// <summary>The arguments of the refusal's "_Detail" text, or null when it has none or lacks one.</summary>
    public static object[]? Arguments(IStringLocalizer<Strings> l, YunpanApiException refusal) =>
        Readers.TryGetValue(refusal.Code, out var read) ? read(l, refusal) : null;

    /// <summary>Needed, left, capacity and what to free: what <c>QuotaRules.Exceeded</c> says in the server's words.</summary>
    private static object[]? Quota(YunpanApiException e) =>
        Longs(e, "needed", "used", "total", "toFree") is [var needed, var used, var total, var toFree]
            ? [Size(needed), Size(Math.Max(0, total - used)), Size(total), Size(toFree)]
            : null;

    private static object[]? Sizes(YunpanApiException e, params string[] names) =>
        Longs(e, names) is { } bytes ? [.. bytes.Select(Size)] : null;

    private static object[]? Numbers(YunpanApiException e, params string[] names) =>
        Longs(e, names) is { } numbers ? [.. numbers.Select(n => (object)n)] : null;

    private static long[]? Longs(YunpanApiException e, params string[] names)
    {
        var values = names.Select(name => e.Extension<long?>(name)).ToList();
        return values.Contains(null) ? null : [.. values.Select(v => v!.Value)];
    }

    private static string Size(long bytes) => ByteSize.Format(bytes, CultureInfo.CurrentCulture);

    private static string Date(DateTimeOffset at) => at.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Rounded up, and at least one: "wait 0 min" would invite the same refusal again.</summary>
    private static long WholeMinutes(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalMinutes));
}
