namespace Yunpan.Contracts.Drive;

public static class NodeKinds
{
    public const string File = "file";
    public const string Folder = "folder";
}

/// <summary>A file or folder of a member's drive. <see cref="Sha256"/> is also the strong ETag of the content.</summary>
public sealed record NodeDto(
    Guid Id,
    string Name,
    string Path,
    string Kind,
    long? Size,
    string? ContentType,
    string? Sha256,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt);

public sealed record FolderListing(NodeDto Folder, IReadOnlyList<NodeDto> Items, int Total, int Offset, int Limit);

public sealed record SearchResults(string Query, IReadOnlyList<NodeDto> Items, int Total, int Offset, int Limit);

public sealed record CreateFolderRequest(string Path, bool Parents = false, bool Autorename = false);

/// <summary>Move or copy <see cref="From"/> to the full new path <see cref="To"/> (parent must exist).</summary>
public sealed record TransferRequest(string From, string To, bool Autorename = false);

public sealed record RenameRequest(string Path, string Name, bool Autorename = false);
