using Microsoft.EntityFrameworkCore;
using Yunpan.Storage.Persistence;

namespace Yunpan.Storage.Blobs;

/// <remarks>
/// A negative reference count marks a blob the collector has claimed and is deleting. Such a row is never touched
/// or referenced: a writer waits until the collector has finished and then records the blob afresh, so the file it
/// is about to commit cannot be deleted after it was checked.
/// </remarks>
internal sealed class BlobCatalog(DbContext db, TimeProvider clock) : IBlobCatalog
{
    private static readonly TimeSpan CollectionWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CollectionPoll = TimeSpan.FromMilliseconds(50);

    private DbSet<BlobRecord> Blobs => db.Set<BlobRecord>();

    public async Task TouchAsync(StoredBlob blob, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var now = clock.GetUtcNow();
            var touched = await Blobs.Where(b => b.Hash == blob.Hash && b.RefCount >= 0)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.TouchedAt, now), cancellationToken);
            if (touched > 0)
            {
                return;
            }

            if (await Blobs.AnyAsync(b => b.Hash == blob.Hash, cancellationToken))
            {
                // Being collected right now; the collector removes the row once the file is gone.
                if (waited >= CollectionWait)
                {
                    throw new InvalidOperationException($"Blob {blob.Hash} has been held by the collector for over {CollectionWait}.");
                }

                await Task.Delay(CollectionPoll, cancellationToken); // real time: this waits for another process, not the business clock
                waited += CollectionPoll;
                continue;
            }

            try
            {
                Blobs.Add(new BlobRecord { Hash = blob.Hash, Size = blob.Size, RefCount = 0, TouchedAt = now });
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another writer of the same content inserted the row first; touch theirs on the next turn.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<bool> AddReferencesAsync(string hash, long count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await Blobs.Where(b => b.Hash == hash && b.RefCount >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefCount, b => b.RefCount + count).SetProperty(b => b.TouchedAt, now), cancellationToken);
        return updated > 0;
    }

    public async Task ReleaseAsync(string hash, long count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await Blobs.Where(b => b.Hash == hash && b.RefCount >= count)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefCount, b => b.RefCount - count).SetProperty(b => b.TouchedAt, now), cancellationToken);
    }

    public Task<StoredBlob?> FindAsync(string hash, CancellationToken cancellationToken) =>
        Blobs.AsNoTracking()
            .Where(b => b.Hash == hash && b.RefCount >= 0)
            .Select(b => new StoredBlob(b.Hash, b.Size))
            .FirstOrDefaultAsync(cancellationToken);
}
