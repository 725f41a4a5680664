using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Drive.Instant;

/// <summary>The refusals of instant upload (D-4). Each one tells the client to fall back to a normal upload.</summary>
internal static class InstantUploadErrors
{
    private const string UploadNormally =
        "Upload the file normally: PUT /api/v1/content/{path} for small files, or a resumable upload at /api/v1/uploads.";

    public static DomainException ContentUnknown() =>
        new(ErrorCodes.ContentUnknown, StatusCodes.Status404NotFound,
            $"The server holds no content with this SHA-256 and size, so it cannot be added instantly. {UploadNormally}");

    public static DomainException UnknownChallenge() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound,
            $"You have no instant-upload challenge with this id. Start a new instant upload, or: {UploadNormally}");

    public static DomainException Failed() =>
        new(ErrorCodes.ChallengeFailed, StatusCodes.Status403Forbidden,
            $"The answer does not prove that you hold the file, and this challenge cannot be answered again. {UploadNormally}");

    public static DomainException Expired(DateTimeOffset expiredAt) =>
        new(ErrorCodes.ChallengeExpired, StatusCodes.Status410Gone,
            $"This challenge expired at {expiredAt:u}. Start a new instant upload and answer it at once, or: {UploadNormally}",
            new Dictionary<string, object?> { ["expiredAt"] = expiredAt });

    public static DomainException Used() =>
        new(ErrorCodes.ChallengeUsed, StatusCodes.Status409Conflict,
            $"This challenge has already been answered; each challenge takes one answer. Start a new instant upload, or: {UploadNormally}");
}
