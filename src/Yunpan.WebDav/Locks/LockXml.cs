using System.Globalization;
using System.Xml.Linq;
using Yunpan.WebDav.Persistence;
using Yunpan.WebDav.Protocol;
using static Yunpan.WebDav.Protocol.DavNames;

namespace Yunpan.WebDav.Locks;

/// <summary>The DAV:activelock description of a lock, for LOCK answers and lockdiscovery.</summary>
internal static class LockXml
{
    public static XElement ActiveLock(DavLock l, DavMount mount) => new(D + "activelock",
        new XElement(LockScope, new XElement(l.Exclusive ? Exclusive : Shared)),
        new XElement(LockType, new XElement(Write)),
        new XElement(D + "depth", l.Deep ? "infinity" : "0"),
        l.OwnerXml is null ? null : XElement.Parse(l.OwnerXml),
        new XElement(D + "timeout", "Second-" + l.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)),
        new XElement(D + "locktoken", new XElement(D + "href", l.Token)),
        new XElement(D + "lockroot", new XElement(D + "href", mount.Href(l.Path, isFolder: false))));
}
