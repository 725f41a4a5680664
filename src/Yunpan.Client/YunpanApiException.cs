using System.Net;
using System.Text.Json;

namespace Yunpan.Client;

/// <summary>
/// A refusal from the server: the HTTP status, the stable error code and the server's message, and the whole problem
/// document, whose extra members some refusals carry (the banned phrase and its span in a desk reply, for one).
/// </summary>
public sealed class YunpanApiException(HttpStatusCode status, string code, string message, JsonElement? problem = null) : Exception(message)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public JsonElement? Problem { get; } = problem;

    /// <summary>The problem's member <paramref name="name"/> read as <typeparamref name="T"/>; default when absent.</summary>
    public T? Extension<T>(string name) =>
        Problem is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) ? value.Deserialize<T>(Json) : default;
}
