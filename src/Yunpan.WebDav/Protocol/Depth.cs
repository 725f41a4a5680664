using Microsoft.AspNetCore.Http;

namespace Yunpan.WebDav.Protocol;

internal enum Depth
{
    Zero,
    One,
    Infinity,
}

internal static class DepthHeader
{
    /// <summary>The Depth header, or <paramref name="absent"/> when the request has none.</summary>
    public static Depth Read(HttpRequest request, Depth absent)
    {
        var value = request.Headers["Depth"].ToString().Trim();
        return value switch
        {
            "" => absent,
            "0" => Depth.Zero,
            "1" => Depth.One,
            _ when value.Equals("infinity", StringComparison.OrdinalIgnoreCase) => Depth.Infinity,
            _ => throw new DavException(StatusCodes.Status400BadRequest, "Depth must be 0, 1 or infinity."),
        };
    }
}
