namespace Yunpan.WebDav.Persistence;

/// <summary>
/// A WebDAV write lock (RFC 4918 §6). Locks live in the database, not in memory: they survive a restart (a client
/// that locked a document keeps its token) and hold across several server nodes; expired rows are ignored and
/// deleted lazily.
/// </summary>
internal sealed class DavLock
{
    /// <summary>The lock token, "opaquelocktoken:&lt;uuid&gt;".</summary>
    public required string Token { get; init; }

    public Guid OwnerId { get; init; }

    /// <summary>The locked URL as a stored drive path ("" for the root, "/a/b").</summary>
    public required string Path { get; set; }

    /// <summary>Depth infinity (the lock covers everything below a collection) or 0.</summary>
    public bool Deep { get; init; }

    public bool Exclusive { get; init; }

    /// <summary>The client's DAV:owner element as XML, returned in lockdiscovery.</summary>
    public string? OwnerXml { get; init; }

    public int TimeoutSeconds { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
