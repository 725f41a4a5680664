using Scalar.AspNetCore;
using Yunpan.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Drive;
using Yunpan.Plans;
using Yunpan.Server.Endpoints;

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
        app.UseAuthentication();
        app.UseAccountsGuards();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Yunpan API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();

        app.MapAccountsEndpoints();
        app.MapPlansEndpoints();
        app.MapDriveEndpoints();
        MeEndpoints.Map(app);
        HomeEndpoints.Map(app);

        // Unknown API routes answer like every other failure.
        app.MapFallback("/api/{**rest}", () => { throw new DomainException(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "There is no such API route."); })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
