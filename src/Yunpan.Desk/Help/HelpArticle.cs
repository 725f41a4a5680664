namespace Yunpan.Desk.Help;

/// <summary>
/// K-11: a help-centre article in one language, written in Markdown. The slug is shared by the article's
/// translations, so a link names the problem and the reader's language picks the text.
/// </summary>
internal sealed class HelpArticle
{
    public Guid Id { get; init; }

    /// <summary>Lower-case letters, digits and hyphens ("download-stuck").</summary>
    public required string Slug { get; set; }

    /// <summary>"zh-CN" or "en".</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Comma-separated words a member would use for the problem ("卡住, 99%, stuck"): what suggestions match.</summary>
    public required string Keywords { get; set; }

    public required string Body { get; set; }

    /// <summary>Where the public help centre lists it: one of Contracts' <c>HelpCategories</c>.</summary>
    public string Category { get; set; } = Contracts.Desk.HelpCategories.Other;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member who last changed it; null for the seed import.</summary>
    public Guid? UpdatedBy { get; set; }
}
