using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Trash;

/// <summary>
/// D-6 restore rules: an item goes back to its original path; missing parent folders are created again (a file in
/// the way of a parent gets a renamed folder beside it); when the name is taken the item comes back as "name (1)".
/// Restoring never fails for lack of a place and never overwrites anything.
/// </summary>
internal sealed class RestoreTrashItem(DbContext db, TreeStore tree)
{
    public async Task<RestoredItem> ExecuteAsync(Guid ownerId, Guid itemId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.Set<TrashItem>().FirstOrDefaultAsync(t => t.Id == itemId && t.OwnerId == ownerId, cancellationToken)
            ?? throw DriveErrors.NotFound("trash item");
        var node = await tree.Nodes.FirstAsync(n => n.Id == item.NodeId && n.TrashItemId == item.Id, cancellationToken);

        var original = DrivePath.Parse(item.OriginalPath);
        var parent = await tree.EnsureFoldersAsync(ownerId, original.Parent, renameBlocked: true, cancellationToken);
        var name = await tree.FreeNameAsync(parent, item.Name, node.IsFolder, cancellationToken);

        var oldPath = node.Path;
        node.ParentId = parent.Id;
        node.Name = name;
        node.NameKey = NodeName.Key(name);
        node.Path = TreeStore.ChildPath(parent, name);
        node.TrashItemId = null;
        if (node.IsFolder)
        {
            await tree.RepathBelowAsync(ownerId, oldPath, node.Path, item.Id, null, cancellationToken);
        }

        db.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new RestoredItem(item.ToDto(), node.ToDto());
    }
}
