namespace Yunpan.Drive.Persistence;

/// <summary>
/// A file or folder. <see cref="Path"/> is materialized ("" for the root, "/a/b" below it) so that a path resolves
/// with one indexed lookup; moves rewrite the paths of a subtree in one statement. Nodes of a trashed subtree keep
/// their paths and carry the id of their trash item, which takes them out of the live namespace.
/// </summary>
internal sealed class Node
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case name, for sorting and search.</summary>
    public required string NameKey { get; set; }

    public required string Path { get; set; }

    public NodeKind Kind { get; init; }

    /// <summary>Bytes of the current content; 0 for folders.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the current content; null for folders.</summary>
    public string? BlobHash { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; set; }

    public Guid? TrashItemId { get; set; }

    /// <summary>
    /// A folder's change tag: replaced whenever anything below the folder is added, changed, moved or deleted, so a
    /// sync client compares one ETag per folder to know whether to look inside (<see cref="Tree.FolderTagInterceptor"/>).
    /// </summary>
    public Guid? TreeTag { get; set; }

    public bool IsFolder => Kind == NodeKind.Folder;
}
