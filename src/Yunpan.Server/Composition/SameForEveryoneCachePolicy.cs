using Microsoft.AspNetCore.OutputCaching;

namespace Yunpan.Server.Composition;

/// <summary>
/// Caches a response that is the same for every caller, signed in or not. ASP.NET Core builds the OpenAPI document
/// anew on each request (about 300 ms of CPU and 30 MB of transient memory here), on an endpoint anyone may call; the
/// default output-cache policy would still rebuild it for every signed-in browser, since it never caches a request
/// that carries credentials. The document changes only with the binary, so a day is a safe lifetime.
/// </summary>
internal sealed class SameForEveryoneCachePolicy : IOutputCachePolicy
{
    public static readonly SameForEveryoneCachePolicy Instance = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        context.CacheVaryByRules.VaryByHost = true; // the document names the server it was asked on
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
