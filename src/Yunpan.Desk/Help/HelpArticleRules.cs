using System.Text.RegularExpressions;
using Yunpan.Contracts.Desk;

namespace Yunpan.Desk.Help;

/// <summary>What an article must be: a URL-safe slug, a supported language, bounded texts. Checked before anything changes.</summary>
internal static partial class HelpArticleRules
{
    public const int MaxSlug = 80;
    public const int MaxTitle = 200;
    public const int MaxSummary = 500;
    public const int MaxKeywords = 500;
    public const int MaxBody = 50_000;
    public const int MaxCategory = 16;

    public static HelpArticleRequest Checked(HelpArticleRequest request)
    {
        var slug = request.Slug?.Trim() ?? "";
        if (!SlugPattern().IsMatch(slug) || slug.Length > MaxSlug)
        {
            throw DeskErrors.Invalid($"slug must be 1 to {MaxSlug} lower-case letters, digits and single hyphens (\"download-stuck\").");
        }

        return new HelpArticleRequest(slug, HelpLanguages.Parse(request.Language),
            DeskText.Required(request.Title, "title", MaxTitle),
            DeskText.Required(request.Summary, "summary", MaxSummary),
            DeskText.Required(request.Body, "body", MaxBody),
            DeskText.Optional(request.Keywords, "keywords", MaxKeywords) ?? "",
            string.IsNullOrWhiteSpace(request.Category) ? HelpCategories.Other : CategoryOf(request.Category));
    }

    /// <summary>One of <see cref="HelpCategories.All"/>, else 400.</summary>
    public static string CategoryOf(string category) =>
        HelpCategories.All.FirstOrDefault(c => string.Equals(c, category.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw DeskErrors.Invalid($"category must be one of: {string.Join(", ", HelpCategories.All)}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
