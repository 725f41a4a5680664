namespace Yunpan.Storage.Blobs;

/// <summary>
/// Reference counts of blobs, kept in the database. Every call joins the caller's open transaction, so a counted
/// reference and the row that holds it commit together.
/// </summary>
public interface IBlobCatalog
{
    /// <summary>Records that a blob was just written (or found already present); starts its grace period.</summary>
    Task TouchAsync(StoredBlob blob, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="count"/> references to a blob that the catalog knows.</summary>
    /// <returns>False when the blob is no longer in the catalog (collected); the caller must upload it again.</returns>
    Task<bool> AddReferencesAsync(string hash, long count, CancellationToken cancellationToken);

    Task ReleaseAsync(string hash, long count, CancellationToken cancellationToken);

    /// <summary>The blob with this hash when the catalog holds it and it is not being collected; otherwise null.</summary>
    Task<StoredBlob?> FindAsync(string hash, CancellationToken cancellationToken);
}
