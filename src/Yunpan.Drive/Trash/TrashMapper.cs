using Yunpan.Contracts.Drive;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Trash;

internal static class TrashMapper
{
    public static TrashItemDto ToDto(this TrashItem item) => new(
        item.Id,
        item.Name,
        item.OriginalPath,
        item.Kind == NodeKind.Folder ? NodeKinds.Folder : NodeKinds.File,
        item.Size,
        item.DeletedAt);
}
