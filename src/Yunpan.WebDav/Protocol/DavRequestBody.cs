using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Yunpan.WebDav.Protocol;

/// <summary>
/// Whether a request carries a body. The server knows (Content-Length above zero, chunked transfer coding, or an
/// HTTP/2 or HTTP/3 stream without end-of-stream, which has neither header), so it is asked, not the headers.
/// </summary>
internal static class DavRequestBody
{
    public static bool IsPresent(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { } detection
            ? detection.CanHaveBody && request.ContentLength != 0
            : request.ContentLength > 0;
}
