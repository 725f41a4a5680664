using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// Downloads a file through a link with Drive's download (Range, If-Range, ETag, safe Content-Disposition). A
/// download counts when it starts (a GET without Range or from byte 0), against the link's limit; the bytes of every
/// answer are added to the link's traffic.
/// </summary>
internal sealed class DownloadThroughLink(OpenLink open, IDriveFiles drive, LinkCounters counters)
{
    /// <summary>Media the browser may show on this origin (previews); anything else is always an attachment, so
    /// that an HTML or SVG file never runs its script here.</summary>
    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp",
        "audio/mpeg", "audio/ogg", "audio/wav", "audio/x-wav", "audio/flac", "audio/aac", "audio/mp4",
        "video/mp4", "video/webm", "video/ogg", "text/plain",
    };

    public static bool CanShowInline(DriveEntry file) => !file.IsFolder && InlineTypes.Contains(file.ContentType);

    public async Task<IResult> ExecuteAsync(HttpContext http, string token, string? path, bool inline, CancellationToken cancellationToken)
    {
        var visit = await open.RequireServingAsync(token, http.Request.Headers[LinkHeaders.Code], http, cancellationToken);
        var file = await open.ItemAsync(visit, path, cancellationToken);
        if (file.IsFolder)
        {
            throw SharingErrors.NotAFile();
        }

        if (file.Size > visit.Publisher.MaxShared)
        {
            throw SharingErrors.BeyondPlan(RightsGap.FileSize);
        }

        if (HttpMethods.IsGet(http.Request.Method) && StartsAtZero(http.Request) && !Revalidates(http.Request, file)
            && !await counters.TryStartDownloadAsync(visit.Link.Id, cancellationToken))
        {
            throw SharingErrors.Gone(ShareStatuses.LimitReached);
        }

        var result = drive.Download(file, attachment: !(inline && CanShowInline(file)));
        return new Counted(result, visit.Link.Id, counters);
    }

    /// <summary>A browser asking whether its copy is still current (answered 304) downloads nothing.</summary>
    private static bool Revalidates(HttpRequest request, DriveEntry file) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(file.ETag, StringComparison.Ordinal));

    private static bool StartsAtZero(HttpRequest request)
    {
        var range = request.Headers.Range.ToString();
        return range.Length == 0 || (RangeHeaderValue.TryParse(range, out var parsed) && parsed.Ranges.FirstOrDefault()?.From == 0);
    }

    /// <summary>Adds what the answer carried (its Content-Length) to the link's traffic once it is sent.</summary>
    private sealed class Counted(IResult inner, Guid linkId, LinkCounters counters) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await inner.ExecuteAsync(httpContext);
            var response = httpContext.Response;
            if (HttpMethods.IsGet(httpContext.Request.Method) && response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent
                && response.ContentLength is { } sent)
            {
                await counters.SentAsync(linkId, sent, CancellationToken.None);
            }
        }
    }
}
