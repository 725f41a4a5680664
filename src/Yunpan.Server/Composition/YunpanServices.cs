using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts;
using Yunpan.Core.Errors;
using Yunpan.Core.Hosting;
using Yunpan.Data;
using Yunpan.Data.Sqlite;
using Yunpan.Desk;
using Yunpan.Drive;
using Yunpan.Plans;
using Yunpan.Server.Hosting;
using Yunpan.Sharing;
using Yunpan.Storage;
using Yunpan.WebDav;

namespace Yunpan.Server.Composition;

/// <summary>The composition root: every module, the database and the cross-cutting services.</summary>
internal static class YunpanServices
{
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var server = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        var data = new DataDirectory(server.DataDirectory);

        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IMemoryPoolFactory<byte>, LargeBlockMemoryPoolFactory>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddYunpanProblemDetails();
        services.AddYunpanSqlite(Path.Combine(data.Root, "yunpan.db"));
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<YunpanDbContext>());
        services.AddDataProtection().SetApplicationName("Yunpan").PersistKeysToFileSystem(new DirectoryInfo(data.Folder("keys")));

        services.AddAccounts(configuration);
        services.AddStorage(configuration);
        services.AddPlans(configuration);
        services.AddDrive(configuration);
        services.AddWebDav(configuration);
        services.AddSharing(configuration);
        services.AddDesk(configuration);

        // Nothing is anonymous by accident: endpoints opt out explicitly with AllowAnonymous.
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                const string detail = "Too many requests from your address; wait a little and try again.";
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                // A browser asking for a page accepts no JSON: it gets the same sentence as plain text.
                if (!await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Detail = detail },
                }))
                {
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync(detail, ct);
                }
            };
        });

        WebAppHosting.Add(builder);

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOutputCache();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Yunpan API";
            document.Info.Description = "The REST API of Yunpan, a self-hostable cloud drive. Authenticate with 'Authorization: Bearer <token>' " +
                "(create one at POST /api/v1/auth/tokens with HTTP Basic) or the browser session cookie. Errors are application/problem+json with a stable 'code'.";
            return Task.CompletedTask;
        }));
    }
}
