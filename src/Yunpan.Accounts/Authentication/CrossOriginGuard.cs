using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Accounts.Authentication;

/// <summary>
/// Cookie-authenticated writes must come from this site: browsers always send <c>Origin</c> with cross-site
/// writes, so a foreign origin is refused (CSRF). Token-authenticated calls carry no ambient credentials and pass.
/// </summary>
internal sealed class CrossOriginGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Headers.Authorization.Count == 0
            && request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                 && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException(ErrorCodes.Forbidden, StatusCodes.Status403Forbidden, "Cross-origin requests with cookies are refused.");
        }

        return next(context);
    }
}
