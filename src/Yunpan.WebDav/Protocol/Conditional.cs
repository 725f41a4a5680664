using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;

namespace Yunpan.WebDav.Protocol;

/// <summary>If-Match and If-None-Match (RFC 9110 §13) for methods that change a resource: a write based on a stale
/// copy, or a create that would replace something, answers 412 instead of losing an edit.</summary>
internal static class Conditional
{
    public static void Check(HttpRequest request, DriveEntry? existing)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && !Matches(ifMatch, existing))
        {
            throw new DavException(StatusCodes.Status412PreconditionFailed, "If-Match does not hold.");
        }

        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && Matches(ifNoneMatch, existing))
        {
            throw new DavException(StatusCodes.Status412PreconditionFailed, "If-None-Match does not hold.");
        }
    }

    private static bool Matches(string header, DriveEntry? existing) =>
        existing is not null && header.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == existing.ETag || t == "W/" + existing.ETag);
}
