namespace Yunpan.Web.Services;

/// <summary>Drive paths ("/a/b") as the pages compose them, and the page URLs that show them.</summary>
public static class DrivePath
{
    public const string Root = "/";

    public static string Normalize(string? path) =>
        "/" + string.Join('/', (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries));

    public static string Combine(string folder, string name) => Normalize(folder + "/" + name);

    public static string Parent(string path)
    {
        var normal = Normalize(path);
        var slash = normal.LastIndexOf('/');
        return slash <= 0 ? Root : normal[..slash];
    }

    public static string NameOf(string path) => Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    /// <summary>The drive view of a folder: /drive/a/b with every segment percent-encoded.</summary>
    public static string PageOf(string folder) =>
        Normalize(folder) == Root ? "/drive" : "/drive/" + Client.DrivePaths.Encode(folder);

    /// <summary>Each ancestor of <paramref name="path"/> with its name, from the root down.</summary>
    public static IEnumerable<(string Name, string Path)> Ancestors(string path)
    {
        var current = "";
        foreach (var segment in Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current += "/" + segment;
            yield return (segment, current);
        }
    }
}
