using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Yunpan.WebDav.Protocol;

/// <summary>X-OC-Mtime: the client's modification time in Unix seconds.</summary>
internal static class Mtime
{
    public static DateTimeOffset? Read(HttpRequest request) =>
        long.TryParse(request.Headers["X-OC-Mtime"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
