namespace Yunpan.Contracts.Drive;

/// <summary>
/// The raster formats the server renders thumbnails of: the web app asks only for these (other images show their
/// icon), and the server refuses the rest before opening the content. SVG is not among them: it is a document that
/// can carry script, not a bitmap.
/// </summary>
public static class Thumbnails
{
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp",
    };

    public static bool CanRender(string? contentType) => contentType is not null && Types.Contains(contentType);
}
