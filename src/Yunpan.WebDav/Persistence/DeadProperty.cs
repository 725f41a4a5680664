namespace Yunpan.WebDav.Persistence;

/// <summary>
/// A property a client stored with PROPPATCH (RFC 4918 "dead" property). Keyed by the drive node's id, so it follows
/// the node when it is moved or renamed and comes back with it from the trash.
/// </summary>
internal sealed class DeadProperty
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public Guid NodeId { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The whole property element as XML (its value, attributes such as xml:lang and namespace declarations).</summary>
    public required string Xml { get; set; }
}
