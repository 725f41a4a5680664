using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Core.Tests.Errors;

public sealed class ProblemMappingTests
{
    [Theory]
    [InlineData(400, ErrorCodes.BadRequest)]
    [InlineData(401, ErrorCodes.Unauthorized)]
    [InlineData(403, ErrorCodes.Forbidden)]
    [InlineData(404, ErrorCodes.NotFound)]
    [InlineData(405, ErrorCodes.MethodNotAllowed)]
    [InlineData(412, ErrorCodes.PreconditionFailed)]
    [InlineData(413, ErrorCodes.RequestTooLarge)]
    [InlineData(415, ErrorCodes.UnsupportedMediaType)]
    [InlineData(416, ErrorCodes.RangeNotSatisfiable)]
    [InlineData(429, ErrorCodes.RateLimited)]
    [InlineData(500, ErrorCodes.InternalError)]
    [InlineData(502, ErrorCodes.InternalError)]
    [InlineData(503, ErrorCodes.InternalError)]
    [InlineData(418, ErrorCodes.BadRequest)]
    [InlineData(422, ErrorCodes.BadRequest)]
    public void Framework_statuses_get_a_default_code(int status, string code)
    {
        Assert.Equal(code, ProblemMapping.DefaultCode(status));
    }

    [Fact]
    public void A_domain_exception_keeps_its_status_code_message_and_details()
    {
        var details = new Dictionary<string, object?> { ["used"] = 10L, ["total"] = 5L };
        var (status, code, detail, extensions) = ProblemMapping.FromException(
            new DomainException(ErrorCodes.QuotaExceeded, 507, "Over quota.", details));
        Assert.Equal(507, status);
        Assert.Equal(ErrorCodes.QuotaExceeded, code);
        Assert.Equal("Over quota.", detail);
        Assert.Equal(10L, extensions["used"]);
        Assert.Equal(5L, extensions["total"]);
    }

    [Fact]
    public void A_domain_exception_without_details_has_no_extensions()
    {
        var (_, _, _, extensions) = ProblemMapping.FromException(new DomainException(ErrorCodes.NotFound, 404, "No."));
        Assert.Empty(extensions);
    }

    [Fact]
    public void Malformed_json_is_400_malformed_json()
    {
        var e = new BadHttpRequestException("Failed to read parameter", 400, new JsonException("bad"));
        var (status, code, detail, extensions) = ProblemMapping.FromException(e);
        Assert.Equal(400, status);
        Assert.Equal(ErrorCodes.MalformedJson, code);
        Assert.DoesNotContain("Failed to read parameter", detail, StringComparison.Ordinal);
        Assert.Empty(extensions);
    }

    [Fact]
    public void A_body_over_the_server_limit_is_413_request_too_large()
    {
        var (status, code, _, _) = ProblemMapping.FromException(new BadHttpRequestException("Request body too large.", 413));
        Assert.Equal(413, status);
        Assert.Equal(ErrorCodes.RequestTooLarge, code);
    }

    [Fact]
    public void A_wrong_content_type_is_415_unsupported_media_type()
    {
        var (status, code, detail, _) = ProblemMapping.FromException(new BadHttpRequestException("Expected JSON.", 415));
        Assert.Equal(415, status);
        Assert.Equal(ErrorCodes.UnsupportedMediaType, code);
        Assert.Contains("application/json", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_bad_requests_keep_their_status_and_message()
    {
        var (status, code, detail, _) = ProblemMapping.FromException(new BadHttpRequestException("Required parameter \"id\" was not provided.", 400));
        Assert.Equal(400, status);
        Assert.Equal(ErrorCodes.BadRequest, code);
        Assert.Equal("Required parameter \"id\" was not provided.", detail);

        var (status2, code2, _, _) = ProblemMapping.FromException(new BadHttpRequestException("Unexpected end of request content.", 408));
        Assert.Equal(408, status2);
        Assert.Equal(ErrorCodes.BadRequest, code2);
    }

    [Fact]
    public void Anything_else_is_a_500_that_reveals_nothing()
    {
        var (status, code, detail, extensions) = ProblemMapping.FromException(
            new InvalidOperationException("Connection string Data Source=/secret/yunpan.db failed"));
        Assert.Equal(500, status);
        Assert.Equal(ErrorCodes.InternalError, code);
        Assert.DoesNotContain("secret", detail, StringComparison.Ordinal);
        Assert.Empty(extensions);
    }

    [Fact]
    public void Decorate_adds_code_trace_id_and_instance()
    {
        var http = new DefaultHttpContext { TraceIdentifier = "trace-1" };
        http.Request.Path = "/api/v1/content/a.txt";
        var problem = new ProblemDetails { Status = 404 };

        ProblemMapping.Decorate(problem, http);

        Assert.Equal(ErrorCodes.NotFound, problem.Extensions["code"]);
        Assert.Equal("trace-1", problem.Extensions["traceId"]);
        Assert.Equal("/api/v1/content/a.txt", problem.Instance);
    }

    [Fact]
    public void Decorate_prefers_the_given_code_then_an_existing_one()
    {
        var http = new DefaultHttpContext();
        var given = new ProblemDetails { Status = 400 };
        given.Extensions["code"] = "existing";
        ProblemMapping.Decorate(given, http, ErrorCodes.InvalidPath);
        Assert.Equal(ErrorCodes.InvalidPath, given.Extensions["code"]);

        var existing = new ProblemDetails { Status = 400 };
        existing.Extensions["code"] = ErrorCodes.InvalidName;
        ProblemMapping.Decorate(existing, http);
        Assert.Equal(ErrorCodes.InvalidName, existing.Extensions["code"]);

        var notAString = new ProblemDetails { Status = 401 };
        notAString.Extensions["code"] = 42;
        ProblemMapping.Decorate(notAString, http);
        Assert.Equal(ErrorCodes.Unauthorized, notAString.Extensions["code"]);
    }

    [Fact]
    public void Decorate_keeps_an_instance_that_is_set_and_treats_a_missing_status_as_500()
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/elsewhere";
        var problem = new ProblemDetails { Instance = "/api/v1/trash/1" };
        ProblemMapping.Decorate(problem, http);
        Assert.Equal("/api/v1/trash/1", problem.Instance);
        Assert.Equal(ErrorCodes.InternalError, problem.Extensions["code"]);
    }
}
