using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

/// <summary>One page of a folder: folders first, then files, in the requested order.</summary>
internal sealed class ListFolder(TreeStore tree, IOptions<DriveOptions> options)
{
    public async Task<FolderListing> ExecuteAsync(Guid ownerId, DrivePath path, ListQuery query, CancellationToken cancellationToken)
    {
        var folder = await tree.RequireAsync(ownerId, path, cancellationToken);
        if (!folder.IsFolder)
        {
            throw DriveErrors.NotAFolder(path);
        }

        var (offset, limit) = query.Page(options.Value);
        var children = tree.Nodes.AsNoTracking().Where(n => n.OwnerId == ownerId && n.ParentId == folder.Id && n.TrashItemId == null);
        var total = await children.CountAsync(cancellationToken);
        var items = await Sort(children, query).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new FolderListing(folder.ToDto(), items.Select(n => n.ToDto()).ToList(), total, offset, limit);
    }

    private static IQueryable<Node> Sort(IQueryable<Node> nodes, ListQuery query)
    {
        var kindFirst = nodes.OrderBy(n => n.Kind);
        return (query.SortKey, query.Descending) switch
        {
            (ListQuery.Size, false) => kindFirst.ThenBy(n => n.Size).ThenBy(n => n.NameKey).ThenBy(n => n.Id),
            (ListQuery.Size, true) => kindFirst.ThenByDescending(n => n.Size).ThenBy(n => n.NameKey).ThenBy(n => n.Id),
            (ListQuery.Modified, false) => kindFirst.ThenBy(n => n.ModifiedAt).ThenBy(n => n.NameKey).ThenBy(n => n.Id),
            (ListQuery.Modified, true) => kindFirst.ThenByDescending(n => n.ModifiedAt).ThenBy(n => n.NameKey).ThenBy(n => n.Id),
            (_, false) => kindFirst.ThenBy(n => n.NameKey).ThenBy(n => n.Name).ThenBy(n => n.Id),
            (_, true) => kindFirst.ThenByDescending(n => n.NameKey).ThenByDescending(n => n.Name).ThenBy(n => n.Id),
        };
    }
}
