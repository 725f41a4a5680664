using Microsoft.AspNetCore.Http;
using Yunpan.Core.Naming;

namespace Yunpan.WebDav.Protocol;

/// <summary>One WebDAV request: the HTTP exchange, the member's mount and the drive path it addresses.</summary>
internal sealed class DavRequest(HttpContext http, DavMount mount, DrivePath path)
{
    public HttpContext Http { get; } = http;

    public HttpRequest Request => Http.Request;

    public HttpResponse Response => Http.Response;

    public DavMount Mount { get; } = mount;

    public Guid OwnerId => Mount.OwnerId;

    public DrivePath Path { get; } = path;

    public CancellationToken Aborted => Http.RequestAborted;

    public IfHeader? If { get; } = IfHeader.Read(http.Request);

    /// <summary>The Destination header of COPY and MOVE as a drive path of the same mount.</summary>
    public DrivePath Destination()
    {
        var value = Request.Headers["Destination"].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DavException(StatusCodes.Status400BadRequest, "COPY and MOVE need a Destination header.");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && !string.Equals(uri.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            throw new DavException(StatusCodes.Status502BadGateway, "The Destination is on another server.");
        }

        return Mount.PathOf(value) ?? throw new DavException(StatusCodes.Status502BadGateway, "The Destination lies outside this drive.");
    }

    /// <summary>Overwrite: T (the default) or F.</summary>
    public bool Overwrite => !Request.Headers["Overwrite"].ToString().Trim().Equals("F", StringComparison.OrdinalIgnoreCase);
}
