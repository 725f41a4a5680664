using System.Globalization;
using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Formatting;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Errors;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing;

internal static class SharingErrors
{
    public static DomainException Validation(string message) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, message);

    public static DomainException InvalidPassword() =>
        new(ErrorCodes.InvalidLinkPassword, StatusCodes.Status400BadRequest,
            $"An extraction code is {LinkSettings.MinPassword} to {LinkSettings.MaxPassword} letters, digits or punctuation, without spaces.");

    public static DomainException NothingThere(string path) =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, $"Nothing at '{path}' in your drive.");

    public static DomainException RootNotShareable() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "Share a file or a folder, not the whole drive.");

    /// <summary>Unknown token, another member's link id, or a link whose item is gone: all look the same.</summary>
    public static DomainException LinkNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No such link.");

    public static DomainException ItemNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "The shared folder holds nothing at that path.");

    public static DomainException NotAFile() =>
        new(ErrorCodes.NotAFile, StatusCodes.Status409Conflict, "That is a folder; download the files in it, or the folder as a zip where the link allows it.");

    public static DomainException NotAFolder() =>
        new(ErrorCodes.NotAFolder, StatusCodes.Status409Conflict, "That is a file, not a folder.");

    public static DomainException ZipRefused(Visits.ZipAccess access) =>
        new(ErrorCodes.FolderDownloadNotInPlan, StatusCodes.Status403Forbidden, access == Visits.ZipAccess.VipVisitorsOnly
            ? "The publisher's plan lets VIP members download this folder as a whole; sign in with a VIP plan, or download the files one by one."
            : "The publisher's plan does not include downloading shared folders as a whole; download the files one by one.",
            new Dictionary<string, object?> { ["reason"] = access == Visits.ZipAccess.VipVisitorsOnly ? "vipVisitorsOnly" : "publisherPlan" });

    public static DomainException Gone(string status) =>
        new(ErrorCodes.LinkGone, StatusCodes.Status410Gone, status switch
        {
            ShareStatuses.Expired => "This link has expired.",
            ShareStatuses.Revoked => "This link was cancelled by its publisher.",
            ShareStatuses.LimitReached => "This link has reached its download limit.",
            _ => "What this link shared is no longer available.",
        }, new Dictionary<string, object?> { ["linkStatus"] = status });

    public static DomainException Locked() =>
        new(ErrorCodes.LinkLocked, StatusCodes.Status403Forbidden,
            "This link is protected by an extraction code: give it (code, or unlock the link on its page) to continue.");

    public static DomainException SensitiveWords(string field, IReadOnlyList<string> words) =>
        new(ErrorCodes.SensitiveWords, StatusCodes.Status422UnprocessableEntity,
            $"The link was not published: its {field} contains words this site does not allow ({string.Join(", ", words)}). Change the {field} and publish again.",
            new Dictionary<string, object?> { ["field"] = field, ["words"] = words });

    public static DomainException WordListed(string word) =>
        new(ErrorCodes.NameConflict, StatusCodes.Status409Conflict, $"'{word}' is already on the list (words are compared without width, case, spaces or punctuation).");

    public static DomainException WordNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No such word on the list.");

    public static DomainException TooManyAttempts(TimeSpan retryAfter)
    {
        var refusal = new DomainException(ErrorCodes.RateLimited, StatusCodes.Status429TooManyRequests,
            "Too many extraction-code attempts for this link or from your address; wait a little and try again.");
        refusal.Headers["Retry-After"] = Visits.PasswordThrottle.RetryAfterHeader(retryAfter);
        return refusal;
    }

    public static DomainException RecipientNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No member has that e-mail address or phone number.");

    public static DomainException ParcelNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No such parcel in your inbox.");

    public static DomainException ParcelClosed(string status) =>
        new(ErrorCodes.ParcelClosed, StatusCodes.Status409Conflict, $"This parcel is {status}; only a pending parcel can be accepted or declined.",
            new Dictionary<string, object?> { ["parcelStatus"] = status });

    public static DomainException SaveForbidden() =>
        new(ErrorCodes.LinkSaveForbidden, StatusCodes.Status403Forbidden, "The publisher does not allow saving this link to a drive; download it instead.");

    /// <summary>S-8: the publisher's business-link traffic for this month (with what they bought) cannot carry this
    /// download; it is refused whole before a byte is sent.</summary>
    public static DomainException TrafficUsedUp(long remaining, long needed) =>
        new(ErrorCodes.BusinessTrafficUsedUp, StatusCodes.Status403Forbidden, remaining == 0
            ? "This business link's traffic for the month is used up; downloads resume when its publisher buys more traffic or the next month begins."
            : $"This download needs {needed} bytes and the business link's traffic for the month has {remaining} left; ask for a smaller range or wait for the publisher to buy more.",
            new Dictionary<string, object?> { ["remaining"] = remaining, ["needed"] = needed });

    public static DomainException BusinessZipRefused() =>
        new(ErrorCodes.FolderDownloadNotInPlan, StatusCodes.Status403Forbidden,
            "Business links meter their traffic file by file; download the files of this folder one by one.",
            new Dictionary<string, object?> { ["reason"] = "businessLink" });

    public static DomainException PromotionImage() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest,
            $"The promotion image is a JPEG, PNG, GIF or WebP file of your drive of up to {Business.PromotionImages.MaxBytes / 1024} KB; give its path.");

    public static DomainException BeyondPlan(RightsGap gap) =>
        new(ErrorCodes.LinkBeyondPlan, StatusCodes.Status403Forbidden,
            $"This link uses more than its publisher's current plan allows ({Describe(gap)}), so it cannot be downloaded until the publisher edits it or upgrades.",
            new Dictionary<string, object?> { ["reason"] = Reason(gap) });

    public static DomainException NotInPlan(RightsGap gap, Entitlements plan) => gap switch
    {
        RightsGap.Password => new(ErrorCodes.LinkPasswordNotInPlan, StatusCodes.Status403Forbidden,
            $"Links with an extraction code are part of the VIP plans; your plan ({plan.PlanName}) publishes public links only.",
            new Dictionary<string, object?> { ["plan"] = plan.PlanId }),
        RightsGap.FileSize => new(ErrorCodes.LinkFileTooLarge, StatusCodes.Status413PayloadTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"Your plan ({plan.PlanName}) shares files of up to {ByteSize.Format(plan.MaxShared, CultureInfo.InvariantCulture)}; a larger plan shares larger files."),
            new Dictionary<string, object?> { ["limit"] = plan.MaxShared, ["plan"] = plan.PlanId }),
        RightsGap.Business => new(ErrorCodes.LinkFeatureNotInPlan, StatusCodes.Status403Forbidden,
            $"Your plan ({plan.PlanName}) does not include business links; Gold does.",
            new Dictionary<string, object?> { ["feature"] = Reason(gap), ["plan"] = plan.PlanId }),
        _ => new(ErrorCodes.LinkFeatureNotInPlan, StatusCodes.Status403Forbidden,
            $"Your plan ({plan.PlanName}) does not include {Describe(gap)}; Supreme and Gold do.",
            new Dictionary<string, object?> { ["feature"] = Reason(gap), ["plan"] = plan.PlanId }),
    };

    public static string Reason(RightsGap gap) => gap switch
    {
        RightsGap.Business => "businessLinks",
        RightsGap.Password => "encryptedLinks",
        RightsGap.Template => "linkTemplates",
        RightsGap.HideDescription => "hideDescription",
        RightsGap.ForbidSave => "forbidSave",
        RightsGap.FileSize => "maxShared",
        _ => "none",
    };

    private static string Describe(RightsGap gap) => gap switch
    {
        RightsGap.Business => "business links",
        RightsGap.Password => "links with an extraction code",
        RightsGap.Template => "custom link-page templates",
        RightsGap.HideDescription => "hiding the description",
        RightsGap.ForbidSave => "forbidding save to drive",
        RightsGap.FileSize => "sharing a file of this size",
        _ => "this",
    };
}
