using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;

namespace Yunpan.Drive.Tree;

/// <summary>A rename is a move inside the same folder.</summary>
internal sealed class RenameNode(MoveNode move)
{
    public Task<NodeDto> ExecuteAsync(Guid ownerId, RenameRequest request, CancellationToken cancellationToken)
    {
        var from = DrivePath.Parse(request.Path);
        return move.ExecuteAsync(ownerId, from, from.Parent.Child(request.Name), request.Autorename, cancellationToken);
    }
}
