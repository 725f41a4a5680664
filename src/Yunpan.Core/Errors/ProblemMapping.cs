using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Yunpan.Contracts.Errors;

namespace Yunpan.Core.Errors;

/// <summary>The single mapping from statuses and exceptions to problem+json members.</summary>
public static class ProblemMapping
{
    /// <summary>The code used when a response carries no more specific one (framework-generated statuses).</summary>
    public static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.BadRequest,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status412PreconditionFailed => ErrorCodes.PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status416RangeNotSatisfiable => ErrorCodes.RangeNotSatisfiable,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        _ when status >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.BadRequest,
    };

    /// <summary>Turns an exception into status, code and a message safe to show (no internals for 5xx).</summary>
    public static (int Status, string Code, string Detail, IReadOnlyDictionary<string, object?> Extensions) FromException(Exception exception) =>
        exception switch
        {
            DomainException d => (d.Status, d.Code, d.Message, d.Details),
            BadHttpRequestException { InnerException: JsonException } =>
                (StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, "The request body is not valid JSON for this operation.", Empty),
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (b.StatusCode, ErrorCodes.RequestTooLarge, "The request body is larger than this endpoint accepts.", Empty),
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status415UnsupportedMediaType =>
                (b.StatusCode, ErrorCodes.UnsupportedMediaType, "This endpoint expects a JSON body (Content-Type: application/json).", Empty),
            BadHttpRequestException b =>
                (b.StatusCode, b.InnerException is JsonException ? ErrorCodes.MalformedJson : DefaultCode(b.StatusCode), b.Message, Empty),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred. It has been logged.", Empty),
        };

    /// <summary>Adds the members every Yunpan problem carries: <c>code</c> and the trace id.</summary>
    public static void Decorate(ProblemDetails problem, HttpContext http, string? code = null)
    {
        problem.Extensions["code"] = code ?? (problem.Extensions.TryGetValue("code", out var c) && c is string s ? s : DefaultCode(problem.Status ?? 500));
        problem.Extensions["traceId"] = http.TraceIdentifier;
        problem.Instance ??= http.Request.Path;
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
