using System.Globalization;
using System.Resources;

namespace Yunpan.Sharing.Pages;

/// <summary>The link pages' text in the request's UI language (en, zh-Hans), from PageText.resx and its translation.</summary>
internal static class PageText
{
    private static readonly ResourceManager Resources = new("Yunpan.Sharing.Pages.PageText", typeof(PageText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No page text '{key}'.");

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
