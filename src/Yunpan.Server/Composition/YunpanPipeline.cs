using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;
using Yunpan.Accounts;
using Yunpan.Accounts.Authentication;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Pages;
using Yunpan.Desk;
using Yunpan.Drive;
using Yunpan.Plans;
using Yunpan.Server.Endpoints;
using Yunpan.Sharing;
using Yunpan.WebDav;

namespace Yunpan.Server.Composition;

internal static class YunpanPipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((http, next) =>
        {
            // Downloads are the members' own bytes: never let a browser sniff them into something executable.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers["Referrer-Policy"] = "same-origin";
            return next(http);
        });
        app.Use(AnswerUnroutedRequests);
        WebAppHosting.UseWebApp(app);
        app.UseAuthentication();
        app.UseAccountsGuards();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().CacheOutput(SameForEveryoneCachePolicy.Instance);
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Yunpan API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();

        app.MapAccountsEndpoints();
        app.MapPlansEndpoints();
        app.MapDriveEndpoints();
        app.MapSharingEndpoints();
        app.MapDeskEndpoints();
        // Protocol clients sign in with HTTP Basic (an access token or e-mail/phone + password), or a Bearer token.
        app.MapWebDavEndpoints(new AuthorizationPolicyBuilder(AuthSchemes.AccessToken, AuthSchemes.Basic).RequireAuthenticatedUser().Build());
        MeEndpoints.Map(app);
        app.MapSitemap();
        WebAppHosting.Map(app);
    }

    /// <summary>
    /// Requests routing could not give to an endpoint answer like every other failure, signed in or not: an unknown
    /// API route 404; a known route with the wrong method 405 or the wrong content type 415. (An API catch-all
    /// endpoint would swallow the last two: routing only makes its 405/415 endpoints when no other endpoint matches.
    /// Those are plain endpoints, not route endpoints, without authorization metadata, so they run here.)
    /// </summary>
    private static Task AnswerUnroutedRequests(HttpContext http, RequestDelegate next)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null)
        {
            return http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                ? throw new DomainException(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "There is no such API route.")
                : next(http);
        }

        return endpoint is RouteEndpoint || endpoint.RequestDelegate is null ? next(http) : endpoint.RequestDelegate(http);
    }
}
