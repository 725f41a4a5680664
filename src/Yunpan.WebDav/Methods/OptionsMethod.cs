using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>Announces class 1 and 2 compliance. MS-Author-Via tells Windows and Office to author over DAV (not
/// FrontPage extensions).</summary>
internal sealed class OptionsMethod : IDavMethod
{
    public const string Allowed = "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK";

    public Task HandleAsync(DavRequest request)
    {
        var response = request.Response;
        response.Headers["DAV"] = "1, 2";
        response.Headers["MS-Author-Via"] = "DAV";
        response.Headers.Allow = Allowed;
        response.Headers["Accept-Ranges"] = "bytes";
        response.StatusCode = 200;
        response.ContentLength = 0;
        return Task.CompletedTask;
    }
}
