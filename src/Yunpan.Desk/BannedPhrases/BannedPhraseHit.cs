namespace Yunpan.Desk.BannedPhrases;

/// <summary>A banned phrase found in a message: the span of the original text it covers (for marking) and the phrase.</summary>
internal sealed record BannedPhraseHit(BannedPhraseEntry Phrase, int Start, int Length, string Matched);
