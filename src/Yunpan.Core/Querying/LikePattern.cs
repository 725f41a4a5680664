namespace Yunpan.Core.Querying;

/// <summary>
/// SQL <c>LIKE</c> patterns from what people typed: <c>%</c>, <c>_</c> and the escape character itself match only
/// themselves. Use with <see cref="Escape"/>: <c>EF.Functions.Like(column, LikePattern.Contains(text), LikePattern.Escape)</c>.
/// </summary>
public static class LikePattern
{
    /// <summary>The escape character the patterns are written for.</summary>
    public const string Escape = "\\";

    /// <summary>Matches any value that contains <paramref name="text"/>.</summary>
    public static string Contains(string text) => "%" + Literal(text) + "%";

    /// <summary><paramref name="text"/> with the pattern's special characters escaped.</summary>
    public static string Literal(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> can be searched for: SQLite's LIKE ends a pattern at a NUL and would then match
    /// everything, so text with control characters is refused by the caller.
    /// </summary>
    public static bool IsSearchable(string text) => !text.Any(char.IsControl);
}
