using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yunpan.Sharing.Visits;

namespace Yunpan.Sharing.Endpoints;

/// <summary>/sitemap.xml: the public links that serve (S-1); encrypted links are never listed (S-2).</summary>
internal static class SitemapEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Written straight to the response as the links are read: no copy of the whole document in memory.
        app.MapGet("/sitemap.xml", (PublicLinks links, HttpContext http) => Results.Stream(async body =>
            {
                await using var writer = XmlWriter.Create(body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });
                await writer.WriteStartDocumentAsync();
                await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                await foreach (var url in links.UrlsAsync(http.RequestAborted))
                {
                    await writer.WriteStartElementAsync(null, "url", null);
                    await writer.WriteElementStringAsync(null, "loc", null, url);
                    await writer.WriteEndElementAsync();
                }

                await writer.WriteEndElementAsync();
                await writer.WriteEndDocumentAsync();
            }, "application/xml; charset=utf-8"))
            .AllowAnonymous()
            .WithTags("Link pages")
            .WithName("Sitemap")
            .WithSummary("The sitemap for search engines: the pages of public links that serve.")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml");
    }
}
