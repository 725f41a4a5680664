namespace Yunpan.Server.Composition;

/// <summary>Configuration section <c>Yunpan</c>: where this installation keeps its data.</summary>
public sealed class ServerOptions
{
    public const string Section = "Yunpan";

    /// <summary>Database, blobs, keys and pickup folders. Relative to the working directory; default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";
}
