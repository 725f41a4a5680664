namespace Yunpan.Drive.Tree;

/// <summary>Sorting and paging of a listing, as given in the query string.</summary>
internal sealed record ListQuery(string? Sort, string? Order, int? Offset, int? Limit)
{
    public const string Name = "name";
    public const string Size = "size";
    public const string Modified = "modified";

    public string SortKey => Sort?.ToLowerInvariant() switch
    {
        null or "" or Name => Name,
        Size => Size,
        Modified or "time" or "mtime" => Modified,
        _ => throw DriveErrors.Validation("'sort' must be name, size or modified."),
    };

    public bool Descending => Order?.ToLowerInvariant() switch
    {
        null or "" or "asc" => false,
        "desc" => true,
        _ => throw DriveErrors.Validation("'order' must be asc or desc."),
    };

    public (int Offset, int Limit) Page(DriveOptions options)
    {
        if (Offset is < 0)
        {
            throw DriveErrors.Validation("'offset' cannot be negative.");
        }

        if (Limit is < 1 || Limit > options.MaxPageSize)
        {
            throw DriveErrors.Validation($"'limit' must be between 1 and {options.MaxPageSize}.");
        }

        return (Offset ?? 0, Limit ?? options.DefaultPageSize);
    }
}
