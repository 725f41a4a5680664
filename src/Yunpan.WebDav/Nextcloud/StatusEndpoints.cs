using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Endpoints;

namespace Yunpan.WebDav.Nextcloud;

/// <summary>
/// What the Nextcloud desktop client asks before it syncs: <c>status.php</c> (is this a server, which version),
/// OCS <c>cloud/capabilities</c> (chunking v2, SHA-256 checksums) and <c>cloud/user</c> (the user id that names the
/// files URL). Enough of the OCS surface for sync, nothing more; the answers are OCS JSON as the client expects.
/// </summary>
internal static class StatusEndpoints
{
    /// <summary>The Nextcloud release whose protocol this surface follows.</summary>
    private const string Version = "28.0.0.11";

    public static void Map(IEndpointRouteBuilder app, AuthorizationPolicy policy)
    {
        app.MapGet("/status.php", () => Results.Json(new Dictionary<string, object>
        {
            ["installed"] = true,
            ["maintenance"] = false,
            ["needsDbUpgrade"] = false,
            ["version"] = Version,
            ["versionstring"] = "28.0.0",
            ["edition"] = string.Empty,
            ["productname"] = "Yunpan",
            ["extendedSupport"] = false,
        }))
            .AllowAnonymous().ExcludeFromDescription();

        foreach (var ocs in new[] { "/ocs/v1.php", "/ocs/v2.php" })
        {
            var v2 = ocs.EndsWith("v2.php", StringComparison.Ordinal);
            app.MapGet(ocs + "/cloud/capabilities", () => Ocs(v2, new Dictionary<string, object>
            {
                ["version"] = new Dictionary<string, object> { ["major"] = 28, ["minor"] = 0, ["micro"] = 0, ["string"] = "28.0.0", ["edition"] = string.Empty },
                ["capabilities"] = Capabilities(),
            }))
                .RequireAuthorization(policy).ExcludeFromDescription();
            app.MapGet(ocs + "/cloud/user", async (HttpContext http, IDriveFiles drive) =>
                {
                    var id = NextcloudUser.IdOf(http);
                    var space = await drive.SpaceAsync(Guid.Parse(id), http.RequestAborted);
                    return Ocs(v2, new Dictionary<string, object>
                    {
                        ["id"] = id,
                        ["display-name"] = http.User.Identity?.Name ?? id,
                        ["enabled"] = true,
                        ["quota"] = new Dictionary<string, object> { ["used"] = space.Used, ["total"] = space.Capacity, ["free"] = space.Available, ["relative"] = space.Capacity == 0 ? 0 : Math.Round(100.0 * space.Used / space.Capacity, 2) },
                    });
                })
                .RequireAuthorization(policy).ExcludeFromDescription();
        }
    }

    private static Dictionary<string, object> Capabilities() => new()
    {
        ["core"] = new Dictionary<string, object> { ["pollinterval"] = 60, ["webdav-root"] = "remote.php/webdav" },
        ["dav"] = new Dictionary<string, object> { ["chunking"] = "1.0" },
        ["files"] = new Dictionary<string, object> { ["bigfilechunking"] = true, ["versioning"] = true, ["undelete"] = true, ["blacklisted_files"] = new[] { ".htaccess" } },
        ["checksums"] = new Dictionary<string, object> { ["supportedTypes"] = new[] { "SHA256" }, ["preferredUploadType"] = "SHA256" },
    };

    private static IResult Ocs(bool v2, object data) => Results.Json(new Dictionary<string, object>
    {
        ["ocs"] = new Dictionary<string, object>
        {
            ["meta"] = new Dictionary<string, object> { ["status"] = "ok", ["statuscode"] = v2 ? 200 : 100, ["message"] = "OK" },
            ["data"] = data,
        },
    });
}
