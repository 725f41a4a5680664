using Microsoft.AspNetCore.Http;

namespace Yunpan.Desk.Help;

/// <summary>The addresses of the public help centre: relative ones for links, absolute ones (the request's host) for
/// canonical links and the sitemap.</summary>
internal sealed class HelpUrls(IHttpContextAccessor http)
{
    public const string Index = "/help";

    public static string Article(string slug) => Index + "/" + Uri.EscapeDataString(slug);

    /// <summary><paramref name="path"/> with <c>?lang=</c> (and more query) when given.</summary>
    public static string With(string path, string? language, string? query = null)
    {
        var parts = new List<string>(2);
        if (query is not null)
        {
            parts.Add(query);
        }

        if (language is not null)
        {
            parts.Add("lang=" + Uri.EscapeDataString(language));
        }

        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }

    public string Absolute(string relative)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Help addresses are made while a request is served.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{relative}";
    }
}
