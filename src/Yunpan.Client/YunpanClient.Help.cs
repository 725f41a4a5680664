using Yunpan.Contracts.Desk;

namespace Yunpan.Client;

/// <summary>The help centre (K-11) and the desk's standard phrases (K-7).</summary>
public sealed partial class YunpanClient
{
    public Task<HelpArticleList> HelpArticlesAsync(string? query = null, int? page = null, CancellationToken ct = default) =>
        SendAsync<HelpArticleList>(HttpMethod.Get, "api/v1/help/articles" + Query(("q", string.IsNullOrWhiteSpace(query) ? null : query),
            ("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    public Task<HelpArticleDto> HelpArticleAsync(string slug, CancellationToken ct = default) =>
        SendAsync<HelpArticleDto>(HttpMethod.Get, "api/v1/help/articles/" + Uri.EscapeDataString(slug), null, ct);

    /// <summary>Articles that may answer a ticket the member is still writing.</summary>
    public Task<HelpArticleList> HelpSuggestionsAsync(string text, CancellationToken ct = default) =>
        SendAsync<HelpArticleList>(HttpMethod.Get, "api/v1/help/suggestions" + Query(("text", text)), null, ct);

    /// <summary>Staff: the standard phrases (of one situation, or all), rendered for <paramref name="caseId"/> when given.</summary>
    public Task<StandardPhraseList> StandardPhrasesAsync(string? situation = null, Guid? caseId = null, CancellationToken ct = default) =>
        SendAsync<StandardPhraseList>(HttpMethod.Get, "api/v1/desk/phrases" + Query(("situation", situation), ("caseId", caseId?.ToString())), null, ct);
}
