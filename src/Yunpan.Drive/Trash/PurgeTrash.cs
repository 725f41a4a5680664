using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Trash;

/// <summary>
/// Deletes trash items for good: their files, their versions and the blob references they held. Blobs that nobody
/// references any more are collected by the storage module after its grace period.
/// </summary>
internal sealed class PurgeTrash(DbContext db, TreeStore tree, IBlobCatalog blobs)
{
    private const int Batch = 500;

    public async Task ItemAsync(Guid ownerId, Guid itemId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.Set<TrashItem>().FirstOrDefaultAsync(t => t.Id == itemId && t.OwnerId == ownerId, cancellationToken)
            ?? throw DriveErrors.NotFound("trash item");
        await PurgeAsync(item, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Empties the whole trash, one item per transaction so a huge trash does not hold the lock.</summary>
    public async Task<int> AllAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var item = await db.Set<TrashItem>().Where(t => t.OwnerId == ownerId).OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return purged;
            }

            await PurgeAsync(item, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            purged++;
        }
    }

    private async Task PurgeAsync(TrashItem item, CancellationToken cancellationToken)
    {
        var nodes = tree.Nodes.Where(n => n.OwnerId == item.OwnerId && n.TrashItemId == item.Id);
        while (true)
        {
            var files = await nodes.Where(n => n.Kind == NodeKind.File).OrderBy(n => n.Id).Take(Batch)
                .Select(n => new { n.Id, n.BlobHash }).ToListAsync(cancellationToken);
            if (files.Count == 0)
            {
                break;
            }

            var ids = files.Select(f => f.Id).ToList();
            var versionHashes = await db.Set<FileVersion>().Where(v => ids.Contains(v.NodeId)).Select(v => v.BlobHash).ToListAsync(cancellationToken);
            foreach (var group in files.Select(f => f.BlobHash!).Concat(versionHashes).GroupBy(h => h))
            {
                await blobs.ReleaseAsync(group.Key, group.Count(), cancellationToken);
            }

            await db.Set<FileVersion>().Where(v => ids.Contains(v.NodeId)).ExecuteDeleteAsync(cancellationToken);
            await tree.Nodes.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        // What is left are the folders, which hold no references.
        await nodes.ExecuteDeleteAsync(cancellationToken);
        await db.Set<TrashItem>().Where(t => t.Id == item.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
