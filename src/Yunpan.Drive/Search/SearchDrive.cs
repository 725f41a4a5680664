using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Naming;
using Yunpan.Core.Querying;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Search;

/// <summary>D-7: files and folders whose name contains every word of the query, case-insensitively.</summary>
internal sealed class SearchDrive(TreeStore tree, IOptions<DriveOptions> options)
{
    public const int MaxQueryLength = 200;

    public async Task<SearchResults> ExecuteAsync(Guid ownerId, string? query, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var text = query?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxQueryLength)
        {
            throw DriveErrors.Validation($"'q' must be 1 to {MaxQueryLength} characters.");
        }

        if (!LikePattern.IsSearchable(text))
        {
            throw DriveErrors.Validation("'q' cannot contain control characters.");
        }

        var (skip, take) = new ListQuery(null, null, offset, limit).Page(options.Value);
        var matches = tree.Nodes.AsNoTracking().Where(n => n.OwnerId == ownerId && n.TrashItemId == null && n.Path != "");
        foreach (var word in NodeName.Key(Composed(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = LikePattern.Contains(word);
            matches = matches.Where(n => EF.Functions.Like(n.NameKey, pattern, LikePattern.Escape));
        }

        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderBy(n => n.Kind).ThenBy(n => n.NameKey).ThenBy(n => n.Path)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new SearchResults(text, items.Select(n => n.ToDto()).ToList(), total, skip, take);
    }

    /// <summary>Names are stored in NFC (<see cref="NodeName"/>); a query typed on macOS arrives decomposed (NFD).</summary>
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // not normalizable (e.g. U+FFFE), so no stored name can hold it either
        }
    }
}
