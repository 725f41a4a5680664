using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Persistence;

namespace Yunpan.Storage.Collection;

/// <summary>Deletes blobs nobody references once their grace period is over. Idempotent; safe on several nodes.</summary>
public sealed class BlobCollector(
    DbContext db, IBlobStore store, IEnumerable<IBlobDerivatives> derivatives, TimeProvider clock, IOptions<StorageOptions> options, ILogger<BlobCollector> logger)
{
    private const int BatchSize = 500;

    /// <returns>How many blobs were deleted.</returns>
    public async Task<int> CollectAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.CollectionGrace;
        var collected = 0;
        while (true)
        {
            // Due blobs, and claims a collector left behind when it stopped halfway.
            var due = await db.Set<BlobRecord>()
                .Where(b => (b.RefCount == 0 && b.TouchedAt < cutoff) || b.RefCount < 0)
                .Select(b => b.Hash)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var hash in due)
            {
                // Claim first (only while still unreferenced and untouched), delete the file, then the row: a writer
                // that arrives meanwhile waits for the row to go and records the blob afresh (BlobCatalog).
                var claimed = await db.Set<BlobRecord>()
                    .Where(b => b.Hash == hash && ((b.RefCount == 0 && b.TouchedAt < cutoff) || b.RefCount < 0))
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefCount, -1), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                foreach (var derived in derivatives)
                {
                    derived.Delete(hash);
                }

                store.Delete(hash);
                await db.Set<BlobRecord>().Where(b => b.Hash == hash && b.RefCount < 0).ExecuteDeleteAsync(cancellationToken);
                collected++;
            }

            if (due.Count < BatchSize)
            {
                break;
            }
        }

        if (collected > 0)
        {
            StorageLog.Collected(logger, collected);
        }

        return collected;
    }
}
