using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

/// <summary>Moves or renames a file or folder; a folder's subtree follows in one statement.</summary>
internal sealed class MoveNode(DbContext db, TreeStore tree)
{
    public async Task<NodeDto> ExecuteAsync(Guid ownerId, DrivePath from, DrivePath to, bool autorename, CancellationToken cancellationToken)
    {
        if (from.IsRoot || to.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await tree.RequireAsync(ownerId, from, cancellationToken);
        if (node.IsFolder && to.IsSameOrBelow(from) && !to.Equals(from))
        {
            throw DriveErrors.IntoItself();
        }

        var parent = await tree.RequireParentAsync(ownerId, to.Parent, cancellationToken);
        var name = to.Name;
        if (TreeStore.ChildPath(parent, name) == node.Path)
        {
            return node.ToDto();
        }

        if (await tree.ChildAsync(parent, name, cancellationToken) is not null)
        {
            name = autorename ? await tree.FreeNameAsync(parent, name, node.IsFolder, cancellationToken) : throw DriveErrors.Conflict(to);
        }

        var oldPath = node.Path;
        node.ParentId = parent.Id;
        node.Name = name;
        node.NameKey = NodeName.Key(name);
        node.Path = TreeStore.ChildPath(parent, name);
        await db.SaveChangesAsync(cancellationToken);
        if (node.Kind == NodeKind.Folder)
        {
            await tree.RepathBelowAsync(ownerId, oldPath, node.Path, null, null, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return node.ToDto();
    }
}
