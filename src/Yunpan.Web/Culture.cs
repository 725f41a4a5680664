using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace Yunpan.Web;

/// <summary>The languages of the UI and how the WebAssembly app picks up the one the server chose.</summary>
public static class Culture
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    /// <summary>Every supported culture; the first is the default.</summary>
    public static readonly string[] Supported = [English, Chinese];

    /// <summary>The UI's language as the API names languages (help articles come in zh-CN and en).</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public static async Task ApplyAsync(IServiceProvider services)
    {
        var js = services.GetRequiredService<IJSRuntime>();
        var lang = await js.InvokeAsync<string>("yunpan.lang");
        var name = Supported.FirstOrDefault(c => string.Equals(c, lang, StringComparison.OrdinalIgnoreCase)) ?? English;
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
    }
}
