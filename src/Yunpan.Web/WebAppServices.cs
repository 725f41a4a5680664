using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Yunpan.Client;
using Yunpan.Web.Services;

namespace Yunpan.Web;

/// <summary>The services of the web app's components, in the browser and (for prerendering) on the server.</summary>
public static class WebAppServices
{
    /// <param name="services">The container to fill.</param>
    /// <param name="origin">The site's own address: the API is served from the same origin as the app.</param>
    public static void Add(IServiceCollection services, Uri origin)
    {
        // In the browser HttpClient is fetch: same-origin requests carry the session cookie, and nothing else does.
        services.AddScoped(_ => new YunpanClient(new HttpClient { BaseAddress = origin }));
        services.AddLocalization();
        services.AddMudServices();
        services.AddScoped<CurrentMember>();
        services.AddScoped<BrowserUploads>();
    }
}
