using Microsoft.EntityFrameworkCore;
using Yunpan.Storage.Persistence;

namespace Yunpan.Storage.Blobs;

internal sealed class BlobCatalog(DbContext db, TimeProvider clock) : IBlobCatalog
{
    private DbSet<BlobRecord> Blobs => db.Set<BlobRecord>();

    public async Task TouchAsync(StoredBlob blob, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var touched = await Blobs.Where(b => b.Hash == blob.Hash)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.TouchedAt, now), cancellationToken);
            if (touched > 0)
            {
                return;
            }

            try
            {
                Blobs.Add(new BlobRecord { Hash = blob.Hash, Size = blob.Size, RefCount = 0, TouchedAt = now });
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another upload of the same content inserted the row first; touch theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<bool> AddReferencesAsync(string hash, long count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await Blobs.Where(b => b.Hash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefCount, b => b.RefCount + count).SetProperty(b => b.TouchedAt, now), cancellationToken);
        return updated > 0;
    }

    public async Task ReleaseAsync(string hash, long count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await Blobs.Where(b => b.Hash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefCount, b => b.RefCount - count).SetProperty(b => b.TouchedAt, now), cancellationToken);
    }
}
