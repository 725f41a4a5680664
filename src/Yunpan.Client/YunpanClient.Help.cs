using Yunpan.Contracts.Desk;

namespace Yunpan.Client;

/// <summary>The help centre (K-11) and the desk's standard phrases (K-7).</summary>
public sealed partial class YunpanClient
{
    /// <summary>One page (from 1) of the articles in <paramref name="language"/> (zh-CN or en; else the browser's),
    /// those containing every word of <paramref name="query"/> when given.</summary>
    public Task<HelpArticleList> HelpArticlesAsync(string? query = null, int? page = null, string? language = null, CancellationToken ct = default) =>
        SendAsync<HelpArticleList>(HttpMethod.Get, "api/v1/help/articles" + Query(("q", string.IsNullOrWhiteSpace(query) ? null : query),
            ("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("lang", language)), null, ct);

    /// <summary>An article, in the other language when <paramref name="language"/> has no translation.</summary>
    public Task<HelpArticleDto> HelpArticleAsync(string slug, string? language = null, CancellationToken ct = default) =>
        SendAsync<HelpArticleDto>(HttpMethod.Get, "api/v1/help/articles/" + Uri.EscapeDataString(slug) + Query(("lang", language)), null, ct);

    /// <summary>Articles that may answer a ticket the member is still writing, best first.</summary>
    public Task<HelpSuggestionList> HelpSuggestionsAsync(string text, string? language = null, CancellationToken ct = default) =>
        SendAsync<HelpSuggestionList>(HttpMethod.Get, "api/v1/help/suggestions" + Query(("text", text), ("lang", language)), null, ct);

    /// <summary>Staff: the standard phrases (of one situation, or all), rendered for <paramref name="caseId"/> when given.</summary>
    public Task<StandardPhraseList> StandardPhrasesAsync(string? situation = null, Guid? caseId = null, CancellationToken ct = default) =>
        SendAsync<StandardPhraseList>(HttpMethod.Get, "api/v1/desk/phrases" + Query(("situation", situation), ("caseId", caseId?.ToString())), null, ct);
}
