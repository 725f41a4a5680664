using System.Globalization;
using Yunpan.Contracts.Desk;

namespace Yunpan.Web.Services;

/// <summary>K-11: a help article while an editor writes it (the wire records are immutable).</summary>
public sealed class HelpArticleDraft
{
    /// <summary>The help centre's languages.</summary>
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    /// <summary>The help centre's language closest to the UI's.</summary>
    public static string UiLanguage => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";

    public string? Slug { get; set; }

    public string Language { get; set; } = UiLanguage;

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string Category { get; set; } = HelpCategories.Other;

    public string? Keywords { get; set; }

    public string? Body { get; set; }

    public bool Complete => !string.IsNullOrWhiteSpace(Slug) && !string.IsNullOrWhiteSpace(Title) && !string.IsNullOrWhiteSpace(Summary)
        && !string.IsNullOrWhiteSpace(Body);

    public static HelpArticleDraft From(HelpArticleDto a) => new()
    {
        Slug = a.Slug,
        Language = a.Language,
        Title = a.Title,
        Summary = a.Summary,
        Category = a.Category,
        Keywords = a.Keywords,
        Body = a.Markdown,
    };

    public HelpArticleRequest ToRequest() => new(Slug!.Trim(), Language, Title!.Trim(), Summary!.Trim(), Body!, Keywords?.Trim(), Category);
}
