using System.Globalization;
using System.Text.RegularExpressions;

namespace Yunpan.Desk.Phrases;

/// <summary>
/// K-7: the variables a standard phrase may use. A variable the caller has no value for stays as written, so the
/// agent sees what to fill in rather than an empty gap.
/// </summary>
internal static partial class PhraseTemplate
{
    public const string Greeting = "greeting";
    public const string Closing = "closing";
    public const string CustomerName = "customerName";
    public const string CaseNumber = "caseNumber";
    public const string PromisedHours = "promisedHours";

    public static readonly IReadOnlyList<string> Variables = [Greeting, Closing, CustomerName, CaseNumber, PromisedHours];

    /// <summary>Names in braces that are not variables: an editor's typo is refused rather than sent to a customer.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(name => !Variables.Contains(name)).Distinct()];

    public static string Render(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    public static string Hours(TimeSpan length) => Math.Round(length.TotalHours, 1).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
