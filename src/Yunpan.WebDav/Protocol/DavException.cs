using System.Xml.Linq;

namespace Yunpan.WebDav.Protocol;

/// <summary>A WebDAV failure answered with a status and, where RFC 4918 §16 names one, a DAV:error precondition
/// element (e.g. lock-token-submitted, propfind-finite-depth).</summary>
internal sealed class DavException(int status, string message, XElement? condition = null) : Exception(message)
{
    public int Status { get; } = status;

    public XElement? Condition { get; } = condition;
}
