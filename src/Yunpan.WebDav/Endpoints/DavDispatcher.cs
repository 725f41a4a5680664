using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.WebDav.Methods;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Endpoints;

/// <summary>
/// Runs one WebDAV request: picks the method, and turns refusals into what DAV clients expect — the status with an
/// RFC 4918 DAV:error body where a precondition is named; drive errors keep their problem+json with its code, except
/// where RFC 4918 prescribes another status.
/// </summary>
internal static partial class DavDispatcher
{
    public static async Task HandleAsync(HttpContext http, DavMount mount)
    {
        var services = http.RequestServices;
        try
        {
            var path = mount.RequestPath(http);
            var request = new DavRequest(http, mount, path);
            IDavMethod method = http.Request.Method.ToUpperInvariant() switch
            {
                "OPTIONS" => new OptionsMethod(),
                "PROPFIND" => services.GetRequiredService<PropfindMethod>(),
                "PROPPATCH" => services.GetRequiredService<ProppatchMethod>(),
                "MKCOL" => services.GetRequiredService<MkcolMethod>(),
                "GET" or "HEAD" => services.GetRequiredService<GetMethod>(),
                "PUT" => services.GetRequiredService<PutMethod>(),
                "DELETE" => services.GetRequiredService<DeleteMethod>(),
                "COPY" => ActivatorUtilities.CreateInstance<CopyMoveMethod>(services, false),
                "MOVE" => ActivatorUtilities.CreateInstance<CopyMoveMethod>(services, true),
                "LOCK" => services.GetRequiredService<LockMethod>(),
                "UNLOCK" => services.GetRequiredService<UnlockMethod>(),
                _ => throw new DavException(StatusCodes.Status405MethodNotAllowed, "Method not supported here."),
            };
            await method.HandleAsync(request);
        }
        catch (DavException e) when (!http.Response.HasStarted)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Yunpan.WebDav");
            Log.Refused(logger, http.Request.Method, e.Status, e.Message);
            await WriteErrorAsync(http, e.Status, e.Condition);
        }
        catch (DomainException e) when (!http.Response.HasStarted && DavStatusOf(e) is { } status)
        {
            await WriteErrorAsync(http, status, null);
        }
    }

    /// <summary>Where RFC 4918 wants a different status than the REST API's for the same drive refusal.</summary>
    private static int? DavStatusOf(DomainException e) => e.Code switch
    {
        ErrorCodes.MoveIntoItself or ErrorCodes.RootImmutable => StatusCodes.Status403Forbidden,
        ErrorCodes.ParentNotFound or ErrorCodes.NotAFolder => StatusCodes.Status409Conflict,
        _ => null,
    };

    private static async Task WriteErrorAsync(HttpContext http, int status, XElement? condition)
    {
        var response = http.Response;
        response.StatusCode = status;
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = OptionsMethod.Allowed;
        }

        if (condition is null)
        {
            response.ContentLength = 0;
            return;
        }

        response.ContentType = "application/xml; charset=utf-8";
        var error = new XElement(DavNames.D + "error", new XAttribute(XNamespace.Xmlns + "d", DavNames.Dav), condition);
        await using var xml = XmlWriter.Create(response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await error.WriteToAsync(xml, http.RequestAborted);
        await xml.FlushAsync();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8001, Level = LogLevel.Debug, Message = "WebDAV {Method} refused with {Status}: {Reason}")]
        public static partial void Refused(ILogger logger, string method, int status, string reason);
    }
}
