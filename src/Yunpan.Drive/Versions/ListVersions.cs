using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Versions;

internal sealed class ListVersions(DbContext db, TreeStore tree)
{
    /// <summary>Earlier contents of a file, newest first.</summary>
    public async Task<VersionListing> ExecuteAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var node = await tree.RequireFileAsync(ownerId, path, cancellationToken);
        var items = await db.Set<FileVersion>().AsNoTracking()
            .Where(v => v.NodeId == node.Id)
            .OrderByDescending(v => v.ArchivedAt).ThenByDescending(v => v.Id)
            .Select(v => new VersionDto(v.Id, v.Size, v.BlobHash, v.ModifiedAt))
            .ToListAsync(cancellationToken);
        return new VersionListing(node.ToDto(), items);
    }
}
