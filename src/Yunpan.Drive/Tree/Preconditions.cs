using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

/// <summary>If-Match / If-None-Match against a node's strong ETag (its content hash), so that concurrent writers
/// cannot silently overwrite each other (N-3).</summary>
internal static class Preconditions
{
    public static string ETag(Node node) => $"\"{node.BlobHash ?? node.Id.ToString("N")}\"";

    /// <summary>True when there is no If-Match, or it is "*", or it lists the node's ETag.</summary>
    public static bool Matches(string? ifMatch, Node? node)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return true;
        }

        if (node is null)
        {
            return false;
        }

        var etag = ETag(node);
        return ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag);
    }

    /// <summary>If-None-Match: * means "only if nothing is there yet".</summary>
    public static bool AllowsExisting(string? ifNoneMatch) => ifNoneMatch?.Trim() != "*";
}
