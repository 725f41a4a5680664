using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yunpan.Core.Naming;

namespace Yunpan.Drive.Endpoints;

/// <summary>
/// Reads a drive path from the URL as the client sent it. The server's decoded path cannot tell an encoded '/'
/// (%2F) inside a name from a separator, so the raw request target is split first and each segment decoded on its
/// own, as DESIGN §5 specifies ("percent-encoded per segment").
/// </summary>
internal static class RoutePath
{
    public static DrivePath From(HttpContext http, string prefix)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || !raw.StartsWith('/'))
        {
            raw = http.Request.PathBase.Add(http.Request.Path).ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? raw : raw[..query];
        var start = http.Request.PathBase.Value?.Length ?? 0;
        if (path.Length < start + prefix.Length || !path.AsSpan(start, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
        {
            // The server normalized the target (e.g. removed dot segments) before it reached this endpoint.
            throw new Core.Errors.DomainException(Contracts.Errors.ErrorCodes.InvalidPath, 400, "The path of the request is not in canonical form ('.', '..' or encoded separators in the prefix).");
        }

        return DrivePath.ParseEncoded(path[(start + prefix.Length)..]);
    }
}
