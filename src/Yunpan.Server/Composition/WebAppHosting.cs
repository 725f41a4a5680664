using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Yunpan.Server.Pages;
using Yunpan.Web;

namespace Yunpan.Server.Composition;

/// <summary>
/// Hosts the web app (Yunpan.Web) beside the API: its pages at /, its static assets and the WebAssembly runtime,
/// the UI language per request, and sign-in redirects for pages (the API itself keeps answering 401).
/// </summary>
internal static class WebAppHosting
{
    /// <summary>The cookie that remembers the language a member picked in the header.</summary>
    public static readonly string CultureCookie = CookieRequestCultureProvider.DefaultCookieName;

    public static void Add(WebApplicationBuilder builder)
    {
        // The app's static assets (the WebAssembly runtime, MudBlazor, the bundled tus-js-client) are described by a
        // manifest beside the build output; `dotnet run` must find them in every environment, not only Development.
        // A published app has them in wwwroot and the call changes nothing.
        builder.WebHost.UseStaticWebAssets();
        // Serving from the build output also maps a GET-only catch-all for files added after the build; it would turn
        // every unknown API route called with another method into 405 instead of 404. The app has no such files.
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveWebAssemblyComponents();
        services.AddCascadingAuthenticationState();

        // Prerendering on the server builds the same components; none of them calls the API before it runs in the
        // browser (they check RendererInfo), so the client's address here is never dialled.
        WebAppServices.Add(services, new Uri("http://localhost/"));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Culture.English);
            o.AddSupportedCultures(Culture.Supported);
            o.AddSupportedUICultures(Culture.Supported);
            // The member's own pick first, then the browser's languages.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var api = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = context =>
            {
                if (!IsPageRequest(context.Request))
                {
                    return api(context);
                }

                var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(here));
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Runs before authentication: picks the UI language for pages (the API speaks one language and is left alone),
    /// and lets the framework's files under /_framework through. The Blazor framework maps some of them (the
    /// resource collection) as endpoints of its own that no endpoint convention reaches, and the fallback policy
    /// (sign-in required) would otherwise keep the WebAssembly runtime from starting on public pages.
    /// </summary>
    public static void UseWebApp(WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is { } endpoint && http.Request.Path.StartsWithSegments("/_framework", StringComparison.Ordinal)
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                http.SetEndpoint(new Endpoint(endpoint.RequestDelegate, new EndpointMetadataCollection([.. endpoint.Metadata, new AllowAnonymousAttribute()]), endpoint.DisplayName));
            }

            return next(http);
        });
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), page => page.UseRequestLocalization());
    }

    public static void Map(WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // Pages declare their own authorization: public ones [AllowAnonymous], the signed-in app [Authorize].
        app.MapRazorComponents<App>()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(WebAppServices).Assembly);

        app.MapGet("/culture/{name}", (string name, string? redirect, HttpContext http) =>
            {
                var culture = Culture.Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) ?? Culture.English;
                http.Response.Cookies.Append(CultureCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                    Path = "/",
                });
                return Results.LocalRedirect(IsLocal(redirect) ? redirect! : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    // "/x" but not "//host" or "/\host", which browsers read as another site.
    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not '/' and not '\\');
}
