using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// Downloads a file through a link with Drive's download (Range, If-Range, ETag, safe Content-Disposition). A
/// download counts when it starts (a GET without Range or from byte 0), against the link's limit; the bytes each
/// answer sends are added to the link's traffic. A business link's download (S-8) first reserves its bytes from the
/// publisher's monthly traffic and gives back what it did not send.
/// </summary>
internal sealed class DownloadThroughLink(OpenLink open, IDriveFiles drive, LinkCounters counters, BusinessGate business)
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

        var reservation = visit.Link.IsBusiness ? await business.ReserveAsync(visit, file, http.Request, cancellationToken) : null;
        if (HttpMethods.IsGet(http.Request.Method) && StartsAtZero(http.Request) && !Revalidates(http.Request, file)
            && !await counters.TryStartDownloadAsync(visit.Link.Id, cancellationToken))
        {
            if (reservation is not null)
            {
                await business.SettleAsync(reservation, 0);
            }

            throw SharingErrors.Gone(ShareStatuses.LimitReached);
        }

        var result = drive.Download(file, attachment: !(inline && CanShowInline(file)));
        return new Counted(result, visit.Link.Id, counters, reservation is null ? null : sent => business.SettleAsync(reservation, sent));
    }

    /// <summary>A browser asking whether its copy is still current (answered 304) downloads nothing.</summary>
    private static bool Revalidates(HttpRequest request, DriveEntry file) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(file.ETag, StringComparison.Ordinal));

    private static bool StartsAtZero(HttpRequest request)
    {
        var range = request.Headers.Range.ToString();
        return range.Length == 0 || (RangeHeaderValue.TryParse(range, out var parsed) && parsed.Ranges.FirstOrDefault()?.From == 0);
    }

    /// <summary>Adds the bytes the answer actually sent (not its Content-Length: a download may be abandoned) to the
    /// link's traffic, and settles a business link's reservation with them.</summary>
    private sealed class Counted(IResult inner, Guid linkId, LinkCounters counters, Func<long, Task>? settle) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var body = httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var counting = new CountingBody(body);
            httpContext.Features.Set<IHttpResponseBodyFeature>(counting);
            try
            {
                await inner.ExecuteAsync(httpContext);
            }
            finally
            {
                httpContext.Features.Set(body);

                // Content only: a 416's problem body is not traffic of the file.
                var sent = httpContext.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent ? counting.Bytes : 0;
                await counters.SentAsync(linkId, sent, CancellationToken.None);
                if (settle is not null)
                {
                    await settle(sent);
                }
            }
        }
    }
}
