using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Files;

internal static class EntryMapper
{
    public static DriveEntry ToEntry(this Node node) => new(
        node.Id,
        node.Name,
        node.Path.Length == 0 ? "/" : node.Path,
        node.IsFolder,
        node.IsFolder ? 0 : node.Size,
        node.BlobHash,
        node.IsFolder ? "httpd/unix-directory" : NodeMapper.ContentTypeOf(node.Name),
        node.IsFolder ? $"\"{(node.TreeTag ?? node.Id):N}\"" : $"\"{node.BlobHash}\"",
        node.CreatedAt,
        node.ModifiedAt);
}
