using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Files;

internal static class EntryMapper
{
    public static DriveEntry ToEntry(this Node node) =>
        ToEntry(node.Id, node.Name, node.Path, node.Kind, node.Size, node.BlobHash, node.TreeTag, node.CreatedAt, node.ModifiedAt);

    /// <summary>A folder's child from the columns a listing reads: its path is the parent's (<paramref name="prefix"/>,
    /// ending in "/") and its name. Joined here, not in SQL, so that SQLite returns one string less per row.</summary>
    public static DriveEntry ToChild(
        string prefix, Guid id, string name, NodeKind kind, long size, string? blobHash, Guid? treeTag, DateTimeOffset createdAt, DateTimeOffset modifiedAt) =>
        ToEntry(id, name, prefix + name, kind, size, blobHash, treeTag, createdAt, modifiedAt);

    private static DriveEntry ToEntry(
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
