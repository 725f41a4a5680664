using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Drive;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Trash;

internal sealed class ListTrash(DbContext db, IOptions<DriveOptions> options)
{
    /// <summary>The member's deletions, newest first.</summary>
    public async Task<TrashListing> ExecuteAsync(Guid ownerId, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var (skip, take) = new ListQuery(null, null, offset, limit).Page(options.Value);
        var items = db.Set<TrashItem>().AsNoTracking().Where(t => t.OwnerId == ownerId);
        var total = await items.CountAsync(cancellationToken);
        var page = await items.OrderByDescending(t => t.DeletedAt).ThenByDescending(t => t.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new TrashListing(page.Select(t => t.ToDto()).ToList(), total, skip, take);
    }
}
