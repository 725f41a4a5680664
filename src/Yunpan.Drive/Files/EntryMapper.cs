using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Files;

internal static class EntryMapper
{
    public static DriveEntry ToEntry(this Node node) =>
        ToEntry(node.Id, node.Name, node.Path, node.Kind, node.Size, node.BlobHash, node.TreeTag, node.CreatedAt, node.ModifiedAt);

    /// <summary>An entry from the columns it shows, for queries that read just those (listings).</summary>
    public static DriveEntry ToEntry(
        Guid id, string name, string path, NodeKind kind, long size, string? blobHash, Guid? treeTag, DateTimeOffset createdAt, DateTimeOffset modifiedAt)
    {
        var isFolder = kind == NodeKind.Folder;
        return new(
            id,
            name,
            path.Length == 0 ? "/" : path,
            isFolder,
            isFolder ? 0 : size,
            blobHash,
            isFolder ? "httpd/unix-directory" : NodeMapper.ContentTypeOf(name),
            isFolder ? $"\"{treeTag ?? id:N}\"" : $"\"{blobHash}\"",
            createdAt,
            modifiedAt);
    }
}
