using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Yunpan.Core.Pages;

/// <summary>/sitemap.xml: the addresses of every <see cref="ISitemapSource"/>, streamed as they are read.</summary>
public static class SitemapEndpoint
{
    /// <summary>A sitemap lists at most 50 000 addresses.</summary>
    public const int MaxUrls = 50_000;

    public static IEndpointConventionBuilder MapSitemap(this IEndpointRouteBuilder app) =>
        // Written straight to the response as the sources are read: no copy of the whole document in memory.
        app.MapGet("/sitemap.xml", (IEnumerable<ISitemapSource> sources, HttpContext http) => Results.Stream(async body =>
            {
                await using var writer = XmlWriter.Create(body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });
                await writer.WriteStartDocumentAsync();
                await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                await foreach (var url in UrlsAsync(sources, http.RequestAborted).Take(MaxUrls))
                {
                    await writer.WriteStartElementAsync(null, "url", null);
                    await writer.WriteElementStringAsync(null, "loc", null, url);
                    await writer.WriteEndElementAsync();
                }

                await writer.WriteEndElementAsync();
                await writer.WriteEndDocumentAsync();
            }, "application/xml; charset=utf-8"))
            .AllowAnonymous()
            .WithTags("Public pages")
            .WithName("Sitemap")
            .WithSummary("The sitemap for search engines: the pages of public links that serve and the help centre's articles.")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml");

    private static async IAsyncEnumerable<string> UrlsAsync(IEnumerable<ISitemapSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await foreach (var url in source.UrlsAsync(cancellationToken))
            {
                yield return url;
            }
        }
    }
}
