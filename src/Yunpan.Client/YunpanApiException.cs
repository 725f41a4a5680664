using System.Net;
using System.Text.Json;

namespace Yunpan.Client;

/// <summary>
/// A refusal from the server: the HTTP status, the stable error code and the server's message, and the whole problem
/// document, whose extra members some refusals carry (the banned phrase and its span in a desk reply, for one).
/// </summary>
public sealed class YunpanApiException(HttpStatusCode status, string code, string message, JsonElement? problem = null, TimeSpan? retryAfter = null)
    : Exception(message)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public JsonElement? Problem { get; } = problem;

    /// <summary>How long the server asked to wait before trying again (its Retry-After header), when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The problem's member <paramref name="name"/> read as <typeparamref name="T"/>; default when absent.</summary>
    public T? Extension<T>(string name) =>
        Problem is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) ? value.Deserialize<T>(Json) : default;

    /// <summary>
    /// The refusal a response of <paramref name="status"/> stands for: code and message from its problem+json body
    /// when it has one (<paramref name="problem"/>, null otherwise), else "http_" + status and <paramref name="fallbackMessage"/>.
    /// A body that is not JSON (a proxy's error page sent with the wrong type) counts as none: the caller is already
    /// reporting a failure and must not fail with a parse error instead.
    /// </summary>
    public static YunpanApiException From(HttpStatusCode status, string? problem, string fallbackMessage, TimeSpan? retryAfter = null)
    {
        var code = "http_" + (int)status;
        var message = fallbackMessage;
        JsonElement? body = null;
        if (TryParse(problem) is { } document)
        {
            using var _ = document;
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String)
            {
                code = c.GetString()!;
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String)
            {
                message = d.GetString()!;
            }

            body = root.Clone();
        }

        return new YunpanApiException(status, code, message, body, retryAfter);
    }

    private static JsonDocument? TryParse(string? json)
    {
        try
        {
            return json is null ? null : JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
