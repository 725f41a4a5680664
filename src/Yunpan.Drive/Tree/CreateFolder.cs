using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

internal sealed class CreateFolder(DbContext db, TreeStore tree)
{
    public async Task<NodeDto> ExecuteAsync(Guid ownerId, CreateFolderRequest request, CancellationToken cancellationToken)
    {
        var path = DrivePath.Parse(request.Path);
        if (path.IsRoot)
        {
            throw DriveErrors.RootImmutable();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = request.Parents
            ? await tree.EnsureFoldersAsync(ownerId, path.Parent, renameBlocked: false, cancellationToken)
            : await tree.RequireParentAsync(ownerId, path.Parent, cancellationToken);

        var name = path.Name;
        var existing = await tree.ChildAsync(parent, name, cancellationToken);
        if (existing is not null)
        {
            if (request.Parents && existing.IsFolder && !request.Autorename)
            {
                return existing.ToDto(); // mkdir -p: an existing folder is success
            }

            if (!request.Autorename)
            {
                throw DriveErrors.Conflict(path);
            }

            name = await tree.FreeNameAsync(parent, name, isFolder: true, cancellationToken);
        }

        var folder = tree.NewNode(parent, name, NodeKind.Folder);
        tree.Nodes.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return folder.ToDto();
    }
}
