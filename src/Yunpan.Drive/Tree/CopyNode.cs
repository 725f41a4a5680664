using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

// Inside LINQ queries string.Compare and Substring are translated to SQL, where the database compares bytes;
// the ordinal and span overloads the analyzers suggest have no translation.
#pragma warning disable CA1309, CA1845

namespace Yunpan.Drive.Tree;

/// <summary>
/// Copies a file or a folder tree, within a drive or from another member's (save to my drive, S-4). No byte is copied:
/// the new files point at the same blobs (one more reference each). The copy counts against the receiving member's
/// quota like any file.
/// </summary>
internal sealed class CopyNode(DbContext db, TreeStore tree, IBlobCatalog blobs, QuotaMeter meter, IEntitlements entitlements)
{
    private const int Batch = 500;

    public Task<NodeDto> ExecuteAsync(Guid ownerId, DrivePath from, DrivePath to, bool autorename, CancellationToken cancellationToken) =>
        ExecuteAsync(ownerId, from, ownerId, to, autorename, cancellationToken);

    /// <summary>Copies <paramref name="from"/> of <paramref name="sourceOwnerId"/>'s drive to <paramref name="to"/> in <paramref name="ownerId"/>'s.</summary>
    public async Task<NodeDto> ExecuteAsync(Guid sourceOwnerId, DrivePath from, Guid ownerId, DrivePath to, bool autorename, CancellationToken cancellationToken)
    {
        if (from.IsRoot || to.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var source = await tree.RequireAsync(sourceOwnerId, from, cancellationToken);
        if (source.IsFolder && sourceOwnerId == ownerId && to.IsSameOrBelow(from))
        {
            throw DriveErrors.IntoItself();
        }

        var parent = await tree.RequireParentAsync(ownerId, to.Parent, cancellationToken);
        var name = to.Name;
        if (await tree.ChildAsync(parent, name, cancellationToken) is not null)
        {
            name = autorename ? await tree.FreeNameAsync(parent, name, source.IsFolder, cancellationToken) : throw DriveErrors.Conflict(to);
        }

        var bytes = source.IsFolder
            ? await tree.Below(sourceOwnerId, source.Path, null).Where(n => n.Kind == NodeKind.File).SumAsync(n => (long?)n.Size, cancellationToken) ?? 0
            : source.Size;
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        QuotaRules.EnsureFits(plan.Capacity, (await meter.UsageAsync(ownerId, cancellationToken)).Total, bytes);

        var copy = tree.NewNode(parent, name, source.Kind);
        await CopyContentAsync(source, copy, cancellationToken);
        if (source.IsFolder)
        {
            await CopyBelowAsync(source, copy, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return copy.ToDto();
    }

    private async Task CopyContentAsync(Node source, Node copy, CancellationToken cancellationToken)
    {
        tree.Nodes.Add(copy);
        if (source.BlobHash is null)
        {
            return;
        }

        copy.BlobHash = source.BlobHash;
        copy.Size = source.Size;
        if (!await blobs.AddReferencesAsync(source.BlobHash, 1, cancellationToken))
        {
            throw DriveErrors.ContentGone();
        }
    }

    /// <summary>Walks the subtree in path order (parents before children) a batch at a time.</summary>
    private async Task CopyBelowAsync(Node source, Node copy, CancellationToken cancellationToken)
    {
        var newIds = new Dictionary<Guid, Guid> { [source.Id] = copy.Id };
        var after = string.Empty;
        while (true)
        {
            var batch = await tree.Below(source.OwnerId, source.Path, null).AsNoTracking()
                .Where(n => string.Compare(n.Path, after) > 0)
                .OrderBy(n => n.Path)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var node in batch)
            {
                var clone = new Node
                {
                    Id = Guid.CreateVersion7(tree.Now),
                    OwnerId = copy.OwnerId,
                    ParentId = newIds[node.ParentId!.Value],
                    Name = node.Name,
                    NameKey = node.NameKey,
                    Path = copy.Path + node.Path[source.Path.Length..],
                    Kind = node.Kind,
                    Size = node.Size,
                    BlobHash = node.BlobHash,
                    CreatedAt = tree.Now,
                    ModifiedAt = node.ModifiedAt,
                };
                newIds[node.Id] = clone.Id;
                tree.Nodes.Add(clone);
            }

            foreach (var group in batch.Where(n => n.BlobHash is not null).GroupBy(n => n.BlobHash!))
            {
                if (!await blobs.AddReferencesAsync(group.Key, group.Count(), cancellationToken))
                {
                    throw DriveErrors.ContentGone();
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Path;
        }
    }
}
