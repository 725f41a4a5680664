using System.Collections.Concurrent;
using System.Security;
using System.Text;
using System.Xml.Linq;

namespace Yunpan.WebDav.Protocol;

/// <summary>
/// The UTF-8 start, end and empty tags of an element name, made once per name. Names of the DAV:, ownCloud and
/// Nextcloud namespaces take the prefixes d, oc and nc that every multistatus root declares; a name of another
/// namespace declares it on the element itself (a client's own property in a propname answer or a 404 propstat).
/// </summary>
internal sealed class XmlTag
{
    private static readonly Dictionary<XNamespace, string> Prefixes = new()
    {
        [DavNames.D] = "d",
        [DavNames.Oc] = "oc",
        [DavNames.Nc] = "nc",
    };

    // Names come from clients' bodies too; the cache is bounded so that a stream of invented names cannot grow it.
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<XName, XmlTag> Cache = new();

    private XmlTag(XName name)
    {
        string open, close;
        if (Prefixes.TryGetValue(name.Namespace, out var prefix))
        {
            open = $"{prefix}:{name.LocalName}";
            close = open;
        }
        else if (name.Namespace == XNamespace.None)
        {
            open = name.LocalName;
            close = open;
        }
        else
        {
            open = $"x:{name.LocalName} xmlns:x=\"{SecurityElement.Escape(name.NamespaceName)}\"";
            close = $"x:{name.LocalName}";
        }

        Open = Encoding.UTF8.GetBytes($"<{open}>");
        Close = Encoding.UTF8.GetBytes($"</{close}>");
        Empty = Encoding.UTF8.GetBytes($"<{open}/>");
    }

    public byte[] Open { get; }

    public byte[] Close { get; }

    public byte[] Empty { get; }

    public static bool HasPrefix(XNamespace ns) => Prefixes.ContainsKey(ns);

    public static XmlTag Of(XName name)
    {
        if (Cache.TryGetValue(name, out var tag))
        {
            return tag;
        }

        tag = new XmlTag(name);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(name, tag);
        }

        return tag;
    }
}
