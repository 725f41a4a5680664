namespace Yunpan.Contracts.Desk;

/// <summary>K-7: a standard phrase, its variables (customer name, case number, promised hours) filled in for a case.</summary>
public sealed record StandardPhraseDto(string Id, string Situation, string Title, string Text);
