using Yunpan.Storage.Blobs;

namespace Yunpan.Storage.Tests.Blobs;

internal static class BlobStoreTestExtensions
{
    /// <summary>Stage and commit at once, for tests that are about the stored result.</summary>
    public static async Task<StoredBlob> WriteAsync(this IBlobStore store, Stream source, long limit, CancellationToken cancellationToken)
    {
        using var staged = await store.StageAsync(source, limit, cancellationToken);
        store.Commit(staged);
        return staged.Blob;
    }
}
