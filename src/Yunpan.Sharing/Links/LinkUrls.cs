using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Yunpan.Sharing.Links;

/// <summary>The absolute address of a link page: the configured public address, or the one the request came to.</summary>
internal sealed class LinkUrls(IOptions<SharingOptions> options, IHttpContextAccessor http)
{
    public const string PagePrefix = "/s/";

    public string Page(string token) => Base() + PagePrefix + token;

    public string Base()
    {
        if (!string.IsNullOrEmpty(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Link URLs are made while a request is served.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
