using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Persistence;

namespace Yunpan.Storage.Collection;

/// <summary>Deletes blobs nobody references once their grace period is over. Idempotent; safe on several nodes.</summary>
public sealed class BlobCollector(DbContext db, IBlobStore store, TimeProvider clock, IOptions<StorageOptions> options, ILogger<BlobCollector> logger)
{
    private const int BatchSize = 500;

    /// <returns>How many blobs were deleted.</returns>
    public async Task<int> CollectAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.CollectionGrace;
        var collected = 0;
        while (true)
        {
            var due = await db.Set<BlobRecord>()
                .Where(b => b.RefCount <= 0 && b.TouchedAt < cutoff)
                .Select(b => b.Hash)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var hash in due)
            {
                // The row goes first and only while still unreferenced, so a blob linked meanwhile survives.
                var removed = await db.Set<BlobRecord>()
                    .Where(b => b.Hash == hash && b.RefCount <= 0 && b.TouchedAt < cutoff)
                    .ExecuteDeleteAsync(cancellationToken);
                if (removed > 0)
                {
                    store.Delete(hash);
                    collected++;
                }
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
