using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Versions;

/// <summary>Makes an earlier content current again; the content it replaces becomes a version. Usage is unchanged.</summary>
internal sealed class RestoreVersion(DbContext db, TreeStore tree, VersionKeeper keeper)
{
    public async Task<NodeDto> ExecuteAsync(Guid ownerId, Guid versionId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.Set<FileVersion>().FirstOrDefaultAsync(v => v.Id == versionId && v.OwnerId == ownerId, cancellationToken);
        var node = version is null
            ? null
            : await tree.Nodes.FirstOrDefaultAsync(n => n.Id == version.NodeId && n.TrashItemId == null, cancellationToken);
        if (version is null || node is null)
        {
            throw DriveErrors.NotFound("version");
        }

        keeper.Archive(node);
        node.BlobHash = version.BlobHash;
        node.Size = version.Size;
        node.ModifiedAt = tree.Now;
        db.Remove(version);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return node.ToDto();
    }
}
