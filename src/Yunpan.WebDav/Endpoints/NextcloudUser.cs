using System.Text;
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

        return BasicLogin(http.Request) is { } login && string.Equals(login, user, StringComparison.OrdinalIgnoreCase);
    }

    private static string? BasicLogin(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? null : decoded[..colon];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
