using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;

namespace Yunpan.Drive.Tree;

internal sealed class StatNode(TreeStore tree)
{
    public async Task<NodeDto> ByPathAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken) =>
        (await tree.RequireAsync(ownerId, path, cancellationToken)).ToDto();

    /// <summary>Another member's id answers 404, exactly like an unknown one.</summary>
    public async Task<NodeDto> ByIdAsync(Guid ownerId, Guid id, CancellationToken cancellationToken) =>
        (await tree.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.OwnerId == ownerId && n.TrashItemId == null, cancellationToken)
         ?? throw DriveErrors.NotFound("file or folder")).ToDto();
}
