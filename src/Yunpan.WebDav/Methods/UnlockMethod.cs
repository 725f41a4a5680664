using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>UNLOCK (RFC 4918 §9.11): removes the lock named in Lock-Token when it covers the request URL. Locks are
/// the member's own: another member's token is unknown here (409), never removable.</summary>
internal sealed class UnlockMethod(LockStore locks) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        var header = request.Request.Headers["Lock-Token"].ToString().Trim();
        if (header.Length < 3 || header[0] != '<' || header[^1] != '>')
        {
            throw new DavException(StatusCodes.Status400BadRequest, "UNLOCK needs a Lock-Token header: <token>.");
        }

        var token = header[1..^1];
        var covering = await locks.CoveringAsync(request.OwnerId, request.Path, request.Aborted);
        if (!covering.Any(l => l.Token == token))
        {
            throw new DavException(StatusCodes.Status409Conflict, "No such lock covers this URL.",
                new XElement(DavNames.D + "lock-token-matches-request-uri"));
        }

        await locks.RemoveAsync(token, request.Aborted);
        request.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
