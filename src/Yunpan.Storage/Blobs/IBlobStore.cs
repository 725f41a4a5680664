namespace Yunpan.Storage.Blobs;

/// <summary>
/// Content-addressed bytes. Writing never leaves a partial blob visible: bytes go to a staging file that is hashed
/// while it streams and flushed to disk; only <see cref="Commit"/> renames it to its hash.
/// </summary>
/// <remarks>
/// Callers stage, then record the blob in the <see cref="IBlobCatalog"/> (<see cref="IBlobCatalog.TouchAsync"/>), then
/// commit: once touched, the collector leaves the blob alone for its grace period, so the file that commit relies on
/// cannot be collected underneath it.
/// </remarks>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="source"/> into the staging area, refusing more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="BlobLimitExceededException">More than <paramref name="limit"/> bytes arrived; nothing is kept.</exception>
    /// <exception cref="StorageFullException">The disk is full; nothing is kept.</exception>
    Task<StagedBlob> StageAsync(Stream source, long limit, CancellationToken cancellationToken);

    /// <summary>Moves staged bytes to their place (identical content already there is kept, the staged copy dropped).</summary>
    void Commit(StagedBlob staged);

    bool Exists(string hash);

    /// <summary>The blob's file when the store is a local disk (so it can be sent as a file); otherwise null.</summary>
    string? LocalPath(string hash);

    Stream OpenRead(string hash);

    void Delete(string hash);
}
