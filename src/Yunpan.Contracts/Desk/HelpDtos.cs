namespace Yunpan.Contracts.Desk;

/// <summary>K-11: a help-centre article in a list or a suggestion.</summary>
public sealed record HelpArticleSummaryDto(string Slug, string Title, string Summary);

public sealed record HelpArticleList(IReadOnlyList<HelpArticleSummaryDto> Items);

/// <summary>K-11: an article, its Markdown rendered to sanitized HTML by the server.</summary>
public sealed record HelpArticleDto(string Slug, string Title, string Html, DateTimeOffset UpdatedAt);
