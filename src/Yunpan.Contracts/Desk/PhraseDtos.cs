namespace Yunpan.Contracts.Desk;

/// <summary>
/// K-7: a standard phrase. <c>Text</c> is rendered for the case asked about (greeting and closing by the desk's time
/// and calendar, customer name, case number, promised hours); a variable without a value stays in braces.
/// <c>Template</c> is the stored text, for editors; <c>RetiredAt</c> is set when the phrase is out of the agents' picker.
/// </summary>
public sealed record StandardPhraseDto(Guid Id, string Situation, string Title, string Text, string Template, DateTimeOffset? RetiredAt = null);

/// <summary>The phrases, with the greeting and closing chosen for now ("早上好", "祝您周末愉快！").</summary>
public sealed record StandardPhraseList(IReadOnlyList<StandardPhraseDto> Items, string Greeting, string Closing);

/// <summary>The situations a phrase can be for, and the variables a phrase may use (without braces).</summary>
public sealed record PhraseSituationList(IReadOnlyList<string> Items, IReadOnlyList<string> Variables);

/// <summary>Supervisors, managers and admins add or change a phrase. <c>Text</c> may use the variables in braces: <c>{customerName}</c>.</summary>
public sealed record StandardPhraseRequest(string Situation, string Title, string Text);
