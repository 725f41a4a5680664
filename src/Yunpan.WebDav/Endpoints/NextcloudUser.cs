using Microsoft.AspNetCore.Http;
using Yunpan.Core.Security;

namespace Yunpan.WebDav.Endpoints;

/// <summary>The user name in Nextcloud URLs: the member's id (what cloud/user reports), or the login the client
/// signed in with (e-mail or phone).</summary>
internal static class NextcloudUser
{
    public static string IdOf(HttpContext http) => http.MemberId().ToString("D");

    public static bool IsSelf(HttpContext http, string user)
    {
        if (Guid.TryParse(user, out var id))
        {
            return id == http.MemberId();
        }

        return BasicCredentials.From(http.Request) is { } basic && string.Equals(basic.Login, user, StringComparison.OrdinalIgnoreCase);
    }
}
