using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yunpan.Core.Naming;

namespace Yunpan.WebDav.Protocol;

/// <summary>
/// Where a member's drive appears in URLs: <c>/dav</c>, or <c>/remote.php/dav/files/{user}</c> for Nextcloud
/// clients. Turns request targets, Destination headers and If-header tags into drive paths (each segment
/// percent-decoded on its own, so an encoded '/' can never become a separator) and drive paths back into hrefs.
/// </summary>
internal sealed class DavMount(string prefix, Guid ownerId)
{
    /// <summary>The URL path of the drive's root, without a trailing slash.</summary>
    public string Prefix { get; } = prefix.TrimEnd('/');

    public Guid OwnerId { get; } = ownerId;

    /// <summary>The drive path the request addresses; a trailing slash is accepted on files and folders alike.</summary>
    public DrivePath RequestPath(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || !raw.StartsWith('/'))
        {
            raw = http.Request.PathBase.Add(http.Request.Path).ToUriComponent();
        }

        if (raw.Contains('#', StringComparison.Ordinal))
        {
            // A fragment never belongs in a request target (RFC 9112 §3.2); acting on the URL without it could
            // delete a whole folder the client did not name.
            throw new DavException(StatusCodes.Status400BadRequest, "The request target contains a fragment ('#').");
        }

        return PathOf(raw) ?? throw new DavException(StatusCodes.Status400BadRequest, "The request target is not in canonical form.");
    }

    /// <summary>The drive path of a URL (absolute, or an absolute path) under this mount; null when it lies elsewhere.</summary>
    public DrivePath? PathOf(string url)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme < 10)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path[slash..];
        }

        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || (path.Length > Prefix.Length && path[Prefix.Length] != '/'))
        {
            return null;
        }

        return DrivePath.ParseEncoded(path[Prefix.Length..]);
    }

    /// <summary>The href of a drive path: each segment percent-encoded, folders with a trailing slash.</summary>
    public string Href(string drivePath, bool isFolder)
    {
        var utf8 = new Utf8Xml(Prefix.Length + (drivePath.Length * 3) + 16);
        utf8.Markup(Prefix);
        WritePath(utf8, drivePath, isFolder);
        return Encoding.UTF8.GetString(utf8.Written.Span);
    }

    /// <summary><see cref="Href"/> written as XML text (percent-encoding leaves nothing to escape but the prefix).</summary>
    public void WriteHref(Utf8Xml xml, string drivePath, bool isFolder)
    {
        xml.Text(Prefix);
        WritePath(xml, drivePath, isFolder);
    }

    private static void WritePath(Utf8Xml xml, string drivePath, bool isFolder)
    {
        var path = drivePath.AsSpan();
        foreach (var range in path.Split('/'))
        {
            if (range.End.Value > range.Start.Value)
            {
                xml.Markup("/"u8);
                xml.Segment(path[range]);
            }
        }

        if (isFolder || path.IndexOfAnyExcept('/') < 0)
        {
            xml.Markup("/"u8);
        }
    }
}
