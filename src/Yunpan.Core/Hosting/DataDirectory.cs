namespace Yunpan.Core.Hosting;

/// <summary>
/// Where the installation keeps its database, blobs and pickup folders. Relative paths resolve against the working
/// directory (as a service would set it), never against the app's own folder.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string configured)
    {
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A sub-folder of the data directory, created when first asked for.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
