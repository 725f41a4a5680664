using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Yunpan.Core.Security;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Endpoints;

/// <summary>
/// The WebDAV mounts: <c>/dav/</c> (DESIGN §5), and the Nextcloud paths <c>/remote.php/dav/files/{user}/</c> and
/// <c>/remote.php/webdav/</c> so that Nextcloud and ownCloud clients find the same drive. Every method of every
/// path requires a signed-in member (Basic with an access token or password, or Bearer).
/// </summary>
internal static class DavEndpoints
{
    public const string Prefix = "/dav";

    private const string FilesPrefix = "/remote.php/dav/files/";

    public static void Map(IEndpointRouteBuilder app, AuthorizationPolicy policy)
    {
        app.Map(Prefix, Serve(_ => Prefix)).RequireAuthorization(policy).ExcludeFromDescription();
        app.Map(Prefix + "/{**path}", Serve(_ => Prefix)).RequireAuthorization(policy).ExcludeFromDescription();
        app.Map("/remote.php/webdav/{**path}", Serve(_ => "/remote.php/webdav")).RequireAuthorization(policy).ExcludeFromDescription();
        app.Map("/remote.php/dav/files/{user}/{**path}", ServeFiles).RequireAuthorization(policy).ExcludeFromDescription();
    }

    private static RequestDelegate Serve(Func<HttpContext, string> prefix) =>
        http => DavDispatcher.HandleAsync(http, new DavMount(prefix(http), http.MemberId()));

    /// <summary>The {user} segment must name the signed-in member (by id or by the login used); another member's
    /// files are not reachable, and answer 404 like a path that does not exist.</summary>
    private static Task ServeFiles(HttpContext http)
    {
        var raw = http.Request.RouteValues["user"]?.ToString() ?? string.Empty;
        if (!NextcloudUser.IsSelf(http, raw))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        // The mount prefix is the user segment exactly as the client encoded it ('@' may come raw or as %40), so that
        // the hrefs in answers compare equal to the URLs the client asked for.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToUriComponent();
        var end = target.IndexOf('/', FilesPrefix.Length);
        var prefix = end < 0 ? target.Split('?')[0] : target[..end];
        return DavDispatcher.HandleAsync(http, new DavMount(prefix, http.MemberId()));
    }
}
