namespace Yunpan.Contracts.Desk;

/// <summary>A banned phrase (K-8). <c>Category</c>: rebuking, arrogant, shifting-blame, arguing, impatient.</summary>
public sealed record BannedPhraseDto(Guid Id, string Phrase, string Category, string Suggestion, DateTimeOffset UpdatedAt);

public sealed record BannedPhraseList(IReadOnlyList<BannedPhraseDto> Items, IReadOnlyList<string> Categories, long Version);

public sealed record BannedPhraseRequest(string Phrase, string Category, string Suggestion);

public sealed record TextCheckRequest(string Text);

/// <summary>
/// A banned phrase found in a text: <c>Start</c> and <c>Length</c> are UTF-16 offsets into the text as sent, covering
/// the disguised form (<c>Matched</c>, e.g. "你 問 我，我問誰") so a client can mark it.
/// </summary>
public sealed record BannedPhraseHitDto(Guid PhraseId, string Phrase, string Category, int Start, int Length, string Matched, string Suggestion);

public sealed record TextCheckResult(bool Clean, IReadOnlyList<BannedPhraseHitDto> Hits);
