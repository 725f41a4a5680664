using System.Text;
using Microsoft.AspNetCore.Http;

namespace Yunpan.Core.Security;

/// <summary>The login and password of an <c>Authorization: Basic</c> header.</summary>
public sealed record BasicCredentials(string Login, string Password)
{
    public static BasicCredentials? From(HttpRequest request)
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
            return colon <= 0 ? null : new BasicCredentials(decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
