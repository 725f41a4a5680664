using System.Net.Http.Json;
using Yunpan.Contracts.Desk;

namespace Yunpan.Client;

/// <summary>Keeping the desk's lists (supervisors, managers, admins): standard phrases (K-7), banned phrases (K-8), help articles (K-11).</summary>
public sealed partial class YunpanClient
{
    /// <summary>Every standard phrase as written, the retired ones included.</summary>
    public Task<StandardPhraseList> PhraseLibraryAsync(CancellationToken ct = default) =>
        SendAsync<StandardPhraseList>(HttpMethod.Get, "api/v1/desk/phrases?includeRetired=true", null, ct);

    /// <summary>The situations a phrase can be for and the variables its text may use.</summary>
    public Task<PhraseSituationList> PhraseSituationsAsync(CancellationToken ct = default) =>
        SendAsync<PhraseSituationList>(HttpMethod.Get, "api/v1/desk/phrases/situations", null, ct);

    public Task<StandardPhraseDto> AddStandardPhraseAsync(StandardPhraseRequest request, CancellationToken ct = default) =>
        SendAsync<StandardPhraseDto>(HttpMethod.Post, "api/v1/desk/phrases", JsonContent.Create(request, options: Json), ct);

    public Task<StandardPhraseDto> ChangeStandardPhraseAsync(Guid id, StandardPhraseRequest request, CancellationToken ct = default) =>
        SendAsync<StandardPhraseDto>(HttpMethod.Put, $"api/v1/desk/phrases/{id}", JsonContent.Create(request, options: Json), ct);

    public Task<StandardPhraseDto> RetireStandardPhraseAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<StandardPhraseDto>(HttpMethod.Post, $"api/v1/desk/phrases/{id}/retire", null, ct);

    public Task<StandardPhraseDto> RestoreStandardPhraseAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<StandardPhraseDto>(HttpMethod.Post, $"api/v1/desk/phrases/{id}/restore", null, ct);

    /// <summary>The banned phrases by category, with the categories there are.</summary>
    public Task<BannedPhraseList> BannedPhrasesAsync(CancellationToken ct = default) =>
        SendAsync<BannedPhraseList>(HttpMethod.Get, "api/v1/desk/banned-phrases", null, ct);

    public Task<BannedPhraseDto> AddBannedPhraseAsync(BannedPhraseRequest request, CancellationToken ct = default) =>
        SendAsync<BannedPhraseDto>(HttpMethod.Post, "api/v1/desk/banned-phrases", JsonContent.Create(request, options: Json), ct);

    public Task RemoveBannedPhraseAsync(Guid id, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Delete, $"api/v1/desk/banned-phrases/{id}", null, ct);

    public Task<HelpArticleDto> AddHelpArticleAsync(HelpArticleRequest request, CancellationToken ct = default) =>
        SendAsync<HelpArticleDto>(HttpMethod.Post, "api/v1/help/articles", JsonContent.Create(request, options: Json), ct);

    /// <summary>Replaces the article <paramref name="slug"/> in <paramref name="language"/>; the request may rename the slug.</summary>
    public Task<HelpArticleDto> ChangeHelpArticleAsync(string slug, string language, HelpArticleRequest request, CancellationToken ct = default) =>
        SendAsync<HelpArticleDto>(HttpMethod.Put, "api/v1/help/articles/" + Uri.EscapeDataString(slug) + Query(("lang", language)),
            JsonContent.Create(request, options: Json), ct);

    /// <summary>Markdown rendered and sanitized by the server as the article's page will show it.</summary>
    public Task<HelpPreviewDto> PreviewHelpArticleAsync(string markdown, CancellationToken ct = default) =>
        SendAsync<HelpPreviewDto>(HttpMethod.Post, "api/v1/help/articles/preview", JsonContent.Create(new HelpPreviewRequest(markdown), options: Json), ct);
}
