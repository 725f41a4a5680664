using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Content;

/// <summary>Finds what a download sends: the blob and the metadata for Range, ETag and Content-Disposition.</summary>
internal sealed class OpenContent(TreeStore tree, DbContext db)
{
    public async Task<Download> FileAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var node = await tree.RequireFileAsync(ownerId, path, cancellationToken);
        return new Download(node.BlobHash!, node.Name, node.Size, node.ModifiedAt);
    }

    public async Task<Download> VersionAsync(Guid ownerId, Guid versionId, CancellationToken cancellationToken)
    {
        var version = await (from v in db.Set<FileVersion>().AsNoTracking()
                             join n in tree.Nodes on v.NodeId equals n.Id
                             where v.Id == versionId && v.OwnerId == ownerId
                             select new { v.BlobHash, n.Name, v.Size, v.ModifiedAt })
            .FirstOrDefaultAsync(cancellationToken) ?? throw DriveErrors.NotFound("version");
        return new Download(version.BlobHash, version.Name, version.Size, version.ModifiedAt);
    }
}
