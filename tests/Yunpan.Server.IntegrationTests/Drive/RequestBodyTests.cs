using System.Net;
using System.Text;
using System.Text.Json;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>JSON bodies of POST /api/v1/folders, /move, /copy and /rename: bad paths, bad names, malformed JSON.</summary>
public sealed class RequestBodyTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private async Task<(Member Member, DriveState Before)> ArrangeAsync()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/a/b.txt", new MemoryStream([1]), parents: true);
        await member.Client.UploadAsync("/a/sub/c.txt", new MemoryStream([2]), parents: true);
        await member.Client.CreateFolderAsync("/dest");
        return (member, await DriveState.CaptureAsync(member));
    }

    /// <summary>Every JSON operation with <paramref name="bad"/> in each path-carrying member.</summary>
    private static IEnumerable<(string Url, string Json)> WithPath(string bad) =>
    [
        ("/api/v1/folders", JsonSerializer.Serialize(new { path = bad })),
        ("/api/v1/folders", JsonSerializer.Serialize(new { path = bad, parents = true, autorename = true })),
        ("/api/v1/move", JsonSerializer.Serialize(new { from = bad, to = "/dest/x" })),
        ("/api/v1/move", JsonSerializer.Serialize(new { from = "/a/b.txt", to = bad, autorename = true })),
        ("/api/v1/copy", JsonSerializer.Serialize(new { from = bad, to = "/dest/x" })),
        ("/api/v1/copy", JsonSerializer.Serialize(new { from = "/a", to = bad, autorename = true })),
        ("/api/v1/rename", JsonSerializer.Serialize(new { path = bad, name = "renamed" })),
    ];

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/a/../dest/x")]
    [InlineData("/a/..")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("/a/./b.txt")]
    [InlineData("/a/sub/../../x")]
    [InlineData("a\\b.txt")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("/a//b.txt")]
    [InlineData("/a/sub//c.txt")]
    public async Task A_traversal_path_in_a_body_is_400_invalid_path_and_changes_nothing(string bad)
    {
        var (member, before) = await ArrangeAsync();

        foreach (var (url, json) in WithPath(bad))
        {
            using var response = await Raw.PostJsonAsync(member, url, json);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid_path");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Theory]
    [InlineData("/dest/bad.")]
    [InlineData("/dest/bad ")]
    [InlineData("/dest/nul\u0000byte")]
    [InlineData("/dest/\u0000")]
    [InlineData("/dest/bell\u0007")]
    [InlineData("/dest/tab\there")]
    [InlineData("/dest/line\nbreak")]
    [InlineData("/dest/del\u007f")]
    [InlineData("/dest/c1\u0085")]
    [InlineData("/dest/nonchar\ufffe")]
    [InlineData("/bad./x")]
    [InlineData("/dest/x\u0000/y")]
    public async Task An_invalid_name_in_a_body_is_400_invalid_name_and_changes_nothing(string bad)
    {
        var (member, before) = await ArrangeAsync();

        foreach (var (url, json) in WithPath(bad))
        {
            using var response = await Raw.PostJsonAsync(member, url, json);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid_name");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Overlong_names_in_a_body_are_400_invalid_name()
    {
        var (member, before) = await ArrangeAsync();

        foreach (var name in new[] { new string('x', 256), string.Concat(Enumerable.Repeat("报", 86)) })
        {
            foreach (var (url, json) in WithPath("/dest/" + name))
            {
                using var response = await Raw.PostJsonAsync(member, url, json);
                await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid_name");
            }

            using var rename = await Raw.PostJsonAsync(member, "/api/v1/rename", JsonSerializer.Serialize(new { path = "/a/b.txt", name }));
            await Problem.AssertAsync(rename, HttpStatusCode.BadRequest, "invalid_name");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Percent_escapes_in_a_body_are_literal_characters_not_separators()
    {
        var (member, _) = await ArrangeAsync();

        var folder = await member.Client.CreateFolderAsync("/dest/%2e%2e%2f%2e%2e");
        var moved = await member.Client.MoveAsync("/a/b.txt", "/dest/%2e%2e%2f%2e%2e/b%2Fc.txt");

        Assert.Equal("%2e%2e%2f%2e%2e", folder.Name);
        Assert.Equal("/dest/%2e%2e%2f%2e%2e/b%2Fc.txt", moved.Path);
        Assert.Equal("b%2Fc.txt", moved.Name);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"path\":")]
    [InlineData("{\"path\":\"/x\"")]
    [InlineData("{\"path\":\"/x\",}")]
    [InlineData("{path:\"/x\"}")]
    [InlineData("{'path':'/x'}")]
    [InlineData("{\"path\":\"/x\"} trailing")]
    [InlineData("{\"path\":5}")]
    [InlineData("{\"path\":[\"/x\"]}")]
    [InlineData("{\"path\":\"/x\",\"autorename\":\"yes\"}")]
    [InlineData("{\"path\":\"/x\",\"autorename\":1}")]
    [InlineData("\"/x\"")]
    [InlineData("[{\"path\":\"/x\"}]")]
    [InlineData("42")]
    [InlineData("{\"path\":\"\\ud800\"}")]
    [InlineData("\u00ef\u00bb\u00bf\u00ff")]
    public async Task Malformed_json_is_400_malformed_json_on_every_json_endpoint(string body)
    {
        var (member, before) = await ArrangeAsync();

        foreach (var url in new[] { "/api/v1/folders", "/api/v1/move", "/api/v1/copy", "/api/v1/rename" })
        {
            var json = url is "/api/v1/move" or "/api/v1/copy" ? body.Replace("\"path\"", "\"from\"", StringComparison.Ordinal) : body;
            using var response = await Raw.PostJsonAsync(member, url, json);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "malformed_json");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400_malformed_json()
    {
        var (member, before) = await ArrangeAsync();
        var nested = "{\"path\":" + new string('[', 5_000) + new string(']', 5_000) + "}";

        using var response = await Raw.PostJsonAsync(member, "/api/v1/folders", nested);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "malformed_json");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_body_is_400_malformed_json()
    {
        var (member, before) = await ArrangeAsync();
        var bytes = Encoding.UTF8.GetBytes("{\"path\":\"/dest/x\"}");
        bytes[10] = 0xC0;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        using var response = await member.Http.PostAsync("/api/v1/folders", content);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "malformed_json");
        await before.AssertUnchangedAsync(member);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task An_empty_or_incomplete_body_is_a_400_problem(string body)
    {
        var (member, before) = await ArrangeAsync();

        foreach (var url in new[] { "/api/v1/folders", "/api/v1/move", "/api/v1/copy", "/api/v1/rename" })
        {
            using var response = await Raw.PostJsonAsync(member, url, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await Problem.AssertClientErrorAsync(response);
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Methods_a_drive_route_does_not_take_are_405_method_not_allowed()
    {
        var (member, before) = await ArrangeAsync();
        (string Method, string Url)[] requests =
        [
            ("POST", "/api/v1/content/a/b.txt"),
            ("PATCH", "/api/v1/content/a/b.txt"),
            ("PUT", "/api/v1/folders/a"),
            ("DELETE", "/api/v1/folders/a"),
            ("DELETE", "/api/v1/stat/a"),
            ("GET", "/api/v1/move"),
            ("PUT", "/api/v1/copy"),
            ("PUT", "/api/v1/trash"),
            ("GET", $"/api/v1/trash/{Guid.NewGuid()}/restore"),
            ("DELETE", $"/api/v1/versions/{Guid.NewGuid()}/content"),
        ];

        foreach (var (method, url) in requests)
        {
            using var response = await Raw.SendAsync(member, new HttpMethod(method), url, Raw.Json("{}"));
            await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_unsupported_media_type()
    {
        var (member, before) = await ArrangeAsync();

        foreach (var url in new[] { "/api/v1/folders", "/api/v1/move", "/api/v1/copy", "/api/v1/rename" })
        {
            using var text = await member.Http.PostAsync(url, new StringContent("{\"path\":\"/dest/x\"}", Encoding.UTF8, "text/plain"));
            await Problem.AssertAsync(text, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
            using var form = await member.Http.PostAsync(url, new FormUrlEncodedContent([new("path", "/dest/x")]));
            await Problem.AssertAsync(form, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        }

        await before.AssertUnchangedAsync(member);
    }
}
