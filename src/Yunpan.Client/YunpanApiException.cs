using System.Net;

namespace Yunpan.Client;

/// <summary>A refusal from the server: the HTTP status, the stable error code and the server's message.</summary>
public sealed class YunpanApiException(HttpStatusCode status, string code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;
}
