namespace Yunpan.Client;

/// <summary>
/// Site-relative URLs of API resources a browser fetches by itself (downloads, media, tus uploads): the client builds
/// them, so that the web app never spells an API route on its own.
/// </summary>
public static class ApiRoutes
{
    /// <summary>The tus 1.0 endpoint for resumable uploads.</summary>
    public const string Uploads = "/api/v1/uploads";

    /// <summary>A file's content (GET with Range and If-Range).</summary>
    public static string Content(string path) => "/api/v1/content/" + DrivePaths.Encode(path);

    /// <summary>A folder as a streamed zip ("/" for the whole drive).</summary>
    public static string Archive(string path) => "/api/v1/archive/" + DrivePaths.Encode(path);

    /// <summary>A server-rendered thumbnail of an image, at most <paramref name="size"/> pixels on its longer side.</summary>
    public static string Thumbnail(string path, int size) =>
        "/api/v1/thumbnails/" + DrivePaths.Encode(path) + "?size=" + size.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
