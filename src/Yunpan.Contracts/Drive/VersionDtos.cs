namespace Yunpan.Contracts.Drive;

/// <summary>An earlier content of a file, kept when it was overwritten.</summary>
public sealed record VersionDto(Guid Id, long Size, string Sha256, DateTimeOffset CreatedAt);

public sealed record VersionListing(NodeDto File, IReadOnlyList<VersionDto> Items);
