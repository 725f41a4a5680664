namespace Yunpan.Storage.Blobs;

/// <summary>
/// Hashed bytes in the staging area, not yet in the store. <see cref="IBlobStore.Commit"/> moves them into place;
/// disposing an uncommitted one deletes it, so a refused upload leaves nothing behind.
/// </summary>
public sealed class StagedBlob(string hash, long size, string stagingPath) : IDisposable
{
    public StoredBlob Blob { get; } = new(hash, size);

    public string StagingPath { get; } = stagingPath;

    public void Dispose()
    {
        if (File.Exists(StagingPath))
        {
            File.Delete(StagingPath);
        }
    }
}
