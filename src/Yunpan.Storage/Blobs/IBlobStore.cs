namespace Yunpan.Storage.Blobs;

/// <summary>
/// Content-addressed bytes. Writing never leaves a partial blob visible: bytes go to a temporary file that is hashed
/// while it streams, flushed to disk and only then renamed to its hash.
/// </summary>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="source"/> into the store, refusing more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="BlobLimitExceededException">More than <paramref name="limit"/> bytes arrived.</exception>
    /// <exception cref="StorageFullException">The disk is full.</exception>
    Task<StoredBlob> WriteAsync(Stream source, long limit, CancellationToken cancellationToken);

    bool Exists(string hash);

    /// <summary>The blob's file when the store is a local disk (so it can go out with sendfile); otherwise null.</summary>
    string? LocalPath(string hash);

    Stream OpenRead(string hash);

    void Delete(string hash);
}
