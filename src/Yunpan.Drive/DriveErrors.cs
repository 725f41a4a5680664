using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Naming;
using Yunpan.Drive.Quotas;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Drive;

internal static class DriveErrors
{
    public static DomainException NotFound(DrivePath path) =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, $"Nothing at '{path}' in your drive.");

    public static DomainException NotFound(string what) =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, $"No such {what}.");

    public static DomainException ParentNotFound(DrivePath parent) =>
        new(ErrorCodes.ParentNotFound, StatusCodes.Status409Conflict,
            $"The folder '{parent}' does not exist. Create it first, or ask for parents to be created (parents=true).");

    public static DomainException NotAnImage(string name) =>
        new(ErrorCodes.NotAnImage, StatusCodes.Status415UnsupportedMediaType, $"'{name}' is not an image a thumbnail can be made of.");

    public static DomainException NotAFolder(DrivePath path) =>
        new(ErrorCodes.NotAFolder, StatusCodes.Status409Conflict, $"'{path}' is a file, not a folder.");

    public static DomainException NotAFile(DrivePath path) =>
        new(ErrorCodes.NotAFile, StatusCodes.Status409Conflict, $"'{path}' is a folder, not a file.");

    public static DomainException Conflict(DrivePath path) =>
        new(ErrorCodes.NameConflict, StatusCodes.Status409Conflict,
            $"'{path}' already exists. Choose another name, or ask for an automatic one (autorename=true).");

    public static DomainException RootImmutable() =>
        new(ErrorCodes.RootImmutable, StatusCodes.Status400BadRequest, "The root folder of a drive cannot be moved, renamed, copied or deleted.");

    public static DomainException IntoItself() =>
        new(ErrorCodes.MoveIntoItself, StatusCodes.Status400BadRequest, "A folder cannot be moved or copied into itself.");

    public static DomainException PreconditionFailed() =>
        new(ErrorCodes.PreconditionFailed, StatusCodes.Status412PreconditionFailed,
            "The file changed since you read it (If-Match / If-None-Match did not hold). Reload and try again.");

    public static DomainException ContentGone() =>
        new(ErrorCodes.NotFound, StatusCodes.Status409Conflict, "The stored content was collected meanwhile; upload the file again.");

    public static DomainException Validation(string message) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, message);

    public static DomainException IncompleteUpload(long expected, long received) =>
        new(ErrorCodes.IncompleteUpload, StatusCodes.Status400BadRequest,
            $"The upload ended after {received} of the {expected} bytes announced by Content-Length; nothing was stored.");

    public static DomainException StorageFull() =>
        new(ErrorCodes.StorageFull, StatusCodes.Status507InsufficientStorage,
            "The server's disk is full; nothing was stored. Tell the administrator.");

    public static DomainException FileTooLarge(long sizeLimit, Entitlements plan) =>
        new(ErrorCodes.FileTooLarge, 413,
            sizeLimit < plan.MaxUpload
                ? $"Plain uploads are limited to {QuotaRules.Bytes(sizeLimit)}; send larger files with a resumable upload (/api/v1/uploads)."
                : $"Your plan ({plan.PlanName}) accepts files of up to {QuotaRules.Bytes(plan.MaxUpload)}; a larger plan accepts larger files.",
            new Dictionary<string, object?> { ["limit"] = sizeLimit, ["plan"] = plan.PlanId });

    public static DomainException UploadGone() =>
        new(ErrorCodes.UploadExpired, StatusCodes.Status410Gone, "This resumable upload has expired and its bytes were deleted; start a new upload.");

    public static DomainException UploadOffsetMismatch(long offset) =>
        new(ErrorCodes.UploadOffsetMismatch, StatusCodes.Status409Conflict,
            $"Upload-Offset does not match the {offset} bytes the server has; ask with HEAD and resume from there.",
            new Dictionary<string, object?> { ["offset"] = offset });

    public static DomainException UploadTooLong(long length) =>
        new(ErrorCodes.RequestTooLarge, StatusCodes.Status413PayloadTooLarge,
            $"The chunk would go beyond the {length} bytes announced in Upload-Length; nothing of it was kept.");

    public static DomainException ChecksumMismatch() =>
        new(ErrorCodes.ChecksumMismatch, 460, "The chunk does not match its Upload-Checksum; it was discarded. Send it again.");

    public static DomainException UploadContentType() =>
        new(ErrorCodes.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType,
            "Chunks of a resumable upload are sent with Content-Type: application/offset+octet-stream.");

    public static DomainException FolderDownloadNotInPlan(Entitlements plan, IReadOnlyList<string> allowingPlans)
    {
        var which = allowingPlans.Count switch
        {
            0 => "a VIP plan",
            1 => $"the {allowingPlans[0]} plan",
            _ => $"the {string.Join(", ", allowingPlans.Take(allowingPlans.Count - 1))} and {allowingPlans[^1]} plans",
        };
        return new(ErrorCodes.FolderDownloadNotInPlan, StatusCodes.Status403Forbidden,
            $"Downloading a whole folder is part of {which}; your plan ({plan.PlanName}) does not include it. Download the files one by one, or upgrade.",
            new Dictionary<string, object?> { ["plan"] = plan.PlanId, ["plans"] = allowingPlans });
    }
}
