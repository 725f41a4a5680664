namespace Yunpan.Client;

/// <summary>Drive paths in URLs: each segment percent-encoded on its own (DESIGN §5).</summary>
public static class DrivePaths
{
    public static string Encode(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
}
