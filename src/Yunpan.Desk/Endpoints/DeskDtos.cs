using Yunpan.Contracts.Desk;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Endpoints;

/// <summary>Entity to wire mappings shared by the desk's endpoints and errors.</summary>
internal static class DeskDtos
{
    public static BannedPhraseDto ToDto(BannedPhrase p) => new(p.Id, p.Phrase, p.Category.Name(), p.Suggestion, p.UpdatedAt);

    public static BannedPhraseHitDto ToDto(BannedPhraseHit h) =>
        new(h.Phrase.Id, h.Phrase.Phrase, h.Phrase.Category.Name(), h.Start, h.Length, h.Matched, h.Phrase.Suggestion);
}
