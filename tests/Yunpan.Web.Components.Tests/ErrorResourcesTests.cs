using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Yunpan.Contracts.Errors;
using Yunpan.Web.Resources;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

/// <summary>
/// Every error code the server can answer has the UI's own words in both languages, so a member never meets the
/// server's English in the Chinese UI; and the two languages' texts take the same placeholders.
/// </summary>
public sealed partial class ErrorResourcesTests
{
    private static readonly Dictionary<string, string> English = Texts(CultureInfo.InvariantCulture);
    private static readonly Dictionary<string, string> Chinese = Texts(CultureInfo.GetCultureInfo("zh-Hans"));

    public static TheoryData<string> Codes() =>
        [.. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_error_code_has_a_text_in_both_languages_without_placeholders(string code)
    {
        // The plain text is shown as it is (no arguments), so a placeholder in it would reach the member raw.
        Assert.True(English.TryGetValue("Error_" + code, out var english), $"Strings.resx has no Error_{code}.");
        Assert.True(Chinese.TryGetValue("Error_" + code, out var chinese), $"Strings.zh-Hans.resx has no Error_{code}.");
        Assert.Empty(Placeholders(english));
        Assert.Empty(Placeholders(chinese));
    }

    [Fact]
    public void Every_code_with_details_has_a_detailed_text_in_both_languages()
    {
        Assert.All(ErrorDetails.Codes, code =>
        {
            Assert.True(English.ContainsKey($"Error_{code}_Detail"), $"Strings.resx has no Error_{code}_Detail.");
            Assert.True(Chinese.ContainsKey($"Error_{code}_Detail"), $"Strings.zh-Hans.resx has no Error_{code}_Detail.");
        });
    }

    [Fact]
    public void Both_languages_have_the_same_texts_with_the_same_placeholders()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(English, text => Assert.True(
            Placeholders(text.Value).SetEquals(Placeholders(Chinese[text.Key])),
            $"{text.Key}: \"{text.Value}\" and \"{Chinese[text.Key]}\" take different placeholders."));
    }

    /// <summary>The texts of one resource file alone, as compiled into the app (no fallback to the neutral file).</summary>
    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = new ResourceManager(typeof(Strings)).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
