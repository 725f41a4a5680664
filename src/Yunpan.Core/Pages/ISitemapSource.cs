namespace Yunpan.Core.Pages;

/// <summary>
/// A module's public pages that search engines may list (S-1's public links, K-11's help articles); the host's
/// <c>/sitemap.xml</c> lists every source's addresses, absolute.
/// </summary>
public interface ISitemapSource
{
    IAsyncEnumerable<string> UrlsAsync(CancellationToken cancellationToken);
}
