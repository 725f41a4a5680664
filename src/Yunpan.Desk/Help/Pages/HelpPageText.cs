using System.Globalization;
using System.Resources;

namespace Yunpan.Desk.Help.Pages;

/// <summary>The help centre pages' text in one of the help centre's languages, from HelpPageText.resx and its translation.</summary>
internal sealed class HelpPageText(string language)
{
    private static readonly ResourceManager Resources = new("Yunpan.Desk.Help.Pages.HelpPageText", typeof(HelpPageText).Assembly);
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language);

    /// <summary>zh-CN or en: the pages' language and the articles'.</summary>
    public string Language { get; } = language;

    public string Get(string key) =>
        Resources.GetString(key, _culture) ?? throw new InvalidOperationException($"No help page text '{key}'.");

    public string Format(string key, params object[] args) => string.Format(_culture, Get(key), args);

    public string Category(string category) => Get("Category_" + category);
}
