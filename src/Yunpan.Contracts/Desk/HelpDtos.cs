namespace Yunpan.Contracts.Desk;

/// <summary>K-11: an article in a list or a suggestion; <c>Language</c> is zh-CN or en; <c>Category</c> one of <see cref="HelpCategories"/>.</summary>
public sealed record HelpArticleSummaryDto(string Slug, string Title, string Summary, string Language, string Category);

/// <summary>One page of articles (<c>Page</c> from 1) and how many match in all.</summary>
public sealed record HelpArticleList(IReadOnlyList<HelpArticleSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>
/// K-11: an article. <c>Html</c> is rendered from the Markdown and sanitized (safe to insert into a page);
/// <c>Markdown</c> and <c>Keywords</c> are what editors change.
/// </summary>
public sealed record HelpArticleDto(string Slug, string Language, string Title, string Summary, string Html, DateTimeOffset UpdatedAt,
    string Markdown, string Keywords, string Category);

/// <summary>The articles that best fit a ticket being typed, best first.</summary>
public sealed record HelpSuggestionList(IReadOnlyList<HelpArticleSummaryDto> Items);

/// <summary>
/// Supervisors, managers and admins write an article. <c>Slug</c>: lower-case letters, digits, hyphens; <c>Language</c>: zh-CN or en;
/// <c>Body</c>: Markdown; <c>Keywords</c>: comma-separated words members use for the problem (used by suggestions);
/// <c>Category</c>: where the help centre lists it (<see cref="HelpCategories"/>, default <c>other</c>).
/// </summary>
public sealed record HelpArticleRequest(string Slug, string Language, string Title, string Summary, string Body, string? Keywords = null,
    string? Category = null);

/// <summary>An editor's Markdown to see as the help centre will show it.</summary>
public sealed record HelpPreviewRequest(string Body);

/// <summary>The Markdown rendered and sanitized exactly as the article's page renders it.</summary>
public sealed record HelpPreviewDto(string Html);
