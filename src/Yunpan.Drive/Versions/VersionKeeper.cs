using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Versions;

/// <summary>Keeps earlier contents when a file changes (D-8) and drops the oldest beyond the configured count.</summary>
internal sealed class VersionKeeper(DbContext db, IBlobCatalog blobs, TimeProvider clock, IOptions<DriveOptions> options)
{
    /// <summary>Records the node's current content as a version; the blob reference moves with it.</summary>
    public FileVersion Archive(Node node)
    {
        var version = new FileVersion
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            NodeId = node.Id,
            OwnerId = node.OwnerId,
            BlobHash = node.BlobHash!,
            Size = node.Size,
            ModifiedAt = node.ModifiedAt,
            ArchivedAt = clock.GetUtcNow(),
        };
        db.Add(version);
        return version;
    }

    public async Task PruneAsync(Node node, CancellationToken cancellationToken)
    {
        var surplus = await db.Set<FileVersion>()
            .Where(v => v.NodeId == node.Id)
            .OrderByDescending(v => v.ArchivedAt).ThenByDescending(v => v.Id)
            .Skip(options.Value.MaxVersions)
            .ToListAsync(cancellationToken);
        foreach (var version in surplus)
        {
            await blobs.ReleaseAsync(version.BlobHash, 1, cancellationToken);
            db.Remove(version);
        }
    }
}
