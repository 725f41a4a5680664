using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;

namespace Yunpan.Client;

/// <summary>
/// K-8: what a <c>422 banned_phrase</c> refusal says — every phrase found, with its span in the text as sent and the
/// standard phrase to use instead — so a client can mark them in the draft it kept.
/// </summary>
public static class BannedPhraseStop
{
    /// <summary>The hits of a banned-phrase refusal; null when <paramref name="error"/> is another refusal.</summary>
    public static IReadOnlyList<BannedPhraseHitDto>? Hits(YunpanApiException error) =>
        error.Code == ErrorCodes.BannedPhrase ? error.Extension<List<BannedPhraseHitDto>>("hits") ?? [] : null;
}
