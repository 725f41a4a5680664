using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Files;

/// <summary>The columns a listing reads of a child (its path is its parent's and its name). A class with init accessors:
/// a compiled query needs a named type, and EF Core projects into member initialisers.</summary>
internal sealed class ChildRow
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public NodeKind Kind { get; init; }

    public long Size { get; init; }

    public string? BlobHash { get; init; }

    public Guid? TreeTag { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ModifiedAt { get; init; }
}
