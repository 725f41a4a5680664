using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

/// <summary>D-6: deleting moves a file or folder tree into the trash, remembering where it was. Nothing is purged.</summary>
internal sealed class DeleteNode(DbContext db, TreeStore tree)
{
    public async Task ExecuteAsync(Guid ownerId, DrivePath path, string? ifMatch, CancellationToken cancellationToken)
    {
        if (path.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await tree.RequireAsync(ownerId, path, cancellationToken);
        if (!Preconditions.Matches(ifMatch, node))
        {
            throw DriveErrors.PreconditionFailed();
        }

        var size = node.IsFolder
            ? await tree.Below(ownerId, node.Path, null).Where(n => n.Kind == NodeKind.File).SumAsync(n => (long?)n.Size, cancellationToken) ?? 0
            : node.Size;
        var item = new TrashItem
        {
            Id = Guid.CreateVersion7(tree.Now),
            OwnerId = ownerId,
            NodeId = node.Id,
            Name = node.Name,
            OriginalPath = node.Path,
            Kind = node.Kind,
            Size = size,
            DeletedAt = tree.Now,
        };
        db.Add(item);
        if (node.IsFolder)
        {
            await tree.Below(ownerId, node.Path, null).ExecuteUpdateAsync(s => s.SetProperty(n => n.TrashItemId, item.Id), cancellationToken);
        }

        node.TrashItemId = item.Id;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
