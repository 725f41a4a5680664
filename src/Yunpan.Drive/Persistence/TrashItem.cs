namespace Yunpan.Drive.Persistence;

/// <summary>One deletion (D-6): the top node of a trashed subtree and where it was.</summary>
internal sealed class TrashItem
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public Guid NodeId { get; init; }

    public required string Name { get; init; }

    public required string OriginalPath { get; init; }

    public NodeKind Kind { get; init; }

    /// <summary>Bytes of the files in the subtree at deletion time.</summary>
    public long Size { get; init; }

    public DateTimeOffset DeletedAt { get; init; }
}
