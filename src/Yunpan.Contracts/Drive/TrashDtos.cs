namespace Yunpan.Contracts.Drive;

public sealed record TrashItemDto(Guid Id, string Name, string OriginalPath, string Kind, long Size, DateTimeOffset DeletedAt);

public sealed record TrashListing(IReadOnlyList<TrashItemDto> Items, int Total, int Offset, int Limit);

public sealed record RestoredItem(TrashItemDto Item, NodeDto Node);
