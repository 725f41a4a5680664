namespace Yunpan.Desk;

/// <summary>A "contains" pattern for SQL LIKE with '\' as the escape, from what staff typed.</summary>
internal static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text)
    {
        var trimmed = DeskText.Required(text, "q", 100);
        if (trimmed.Any(char.IsControl))
        {
            // SQLite's LIKE ends a pattern at a NUL and would match everything.
            throw DeskErrors.Invalid("'q' cannot contain control characters.");
        }

        return "%" + trimmed.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
