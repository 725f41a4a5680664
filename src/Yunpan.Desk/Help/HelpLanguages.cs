using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Yunpan.Desk.Help;

/// <summary>The help centre's languages (C-1: zh-CN and English) and which one a request reads.</summary>
internal static class HelpLanguages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    /// <summary>An explicit <c>lang</c> wins; otherwise the browser's first language; Chinese by default (the seeds' own).</summary>
    public static string For(string? lang, HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(lang))
        {
            return Parse(lang);
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value).FirstOrDefault();
        return accepted is not null && accepted.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
    }

    /// <summary>
    /// The language of a help centre page: an explicit <c>lang</c> it knows, else the UI language the request
    /// localization chose (the member's pick in the app, then the browser's).
    /// </summary>
    public static string ForPage(string? lang) =>
        All.FirstOrDefault(l => string.Equals(l, lang?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English);

    /// <summary>Whether <paramref name="lang"/> names a language of the help centre.</summary>
    public static bool IsKnown(string? lang) => All.Any(l => string.Equals(l, lang?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Parse(string? lang) =>
        All.FirstOrDefault(l => string.Equals(l, lang?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (string.Equals(lang?.Trim(), "zh", StringComparison.OrdinalIgnoreCase) || string.Equals(lang?.Trim(), "zh-Hans", StringComparison.OrdinalIgnoreCase)
            ? Chinese
            : throw DeskErrors.Invalid($"lang must be one of: {string.Join(", ", All)}."));
}
