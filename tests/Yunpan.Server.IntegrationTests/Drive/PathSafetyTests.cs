using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>
/// Paths in URLs, sent byte for byte as written (no client-side normalization): traversal in every form, encoded
/// separators, backslashes, empty segments, absolute-looking and Windows paths, invalid names. Each answer is
/// problem+json with a code, and neither the member's drive nor anyone else's changes.
/// </summary>
public sealed class PathSafetyTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    /// <summary>A member with /a/b.txt, /a/sub/c.txt and /etc (a folder), and a bystander with files of their own.</summary>
    private async Task<(Member Member, Member Bystander, DriveState Before, DriveState BystanderBefore)> ArrangeAsync()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/a/b.txt", new MemoryStream([1]), parents: true);
        await member.Client.UploadAsync("/a/sub/c.txt", new MemoryStream([2]), parents: true);
        await member.Client.CreateFolderAsync("/etc");
        await member.Client.UploadAsync("/x", new MemoryStream([3]));
        var bystander = await Members.NewAsync(factory);
        await bystander.Client.UploadAsync("/etc/passwd", new MemoryStream([4]), parents: true);
        await bystander.Client.UploadAsync("/x", new MemoryStream([5]));
        return (member, bystander, await DriveState.CaptureAsync(member), await DriveState.CaptureAsync(bystander));
    }

    /// <summary>Every endpoint that takes a path in its URL, with the method that would change the most.</summary>
    private static IEnumerable<(HttpMethod Method, string Prefix, string Query)> PathEndpoints() =>
    [
        (HttpMethod.Put, "/api/v1/content/", "?parents=true&autorename=true"),
        (HttpMethod.Get, "/api/v1/content/", ""),
        (HttpMethod.Head, "/api/v1/content/", ""),
        (HttpMethod.Delete, "/api/v1/content/", ""),
        (HttpMethod.Get, "/api/v1/folders/", ""),
        (HttpMethod.Get, "/api/v1/stat/", ""),
    ];

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpMethod method, string expectedCode)
    {
        if (method == HttpMethod.Head)
        {
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"HEAD answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }

        var code = await Problem.AssertClientErrorAsync(response);
        Assert.Equal(expectedCode, code);
    }

    [Theory]
    // Unencoded dot segments: Kestrel resolves them before routing, so the request either leaves the route
    // (404 not_found) or reaches it with a raw target that is not canonical (400 invalid_path).
    [InlineData("..", "not_found")]
    [InlineData("../etc/passwd", "not_found")]
    [InlineData("../../../../../../etc/passwd", "not_found")]
    [InlineData("a/..", "invalid_path")]
    [InlineData("a/sub/..", "invalid_path")]
    [InlineData("a/../x", "invalid_path")]
    [InlineData("a/../../x", "not_found")]
    [InlineData(".", "invalid_path")]
    [InlineData("./x", "invalid_path")]
    [InlineData("a/./b.txt", "invalid_path")]
    [InlineData("a/.", "invalid_path")]
    // Percent-encoded dots and separators.
    [InlineData("%2e%2e", "not_found")]
    [InlineData("%2e%2e/etc/passwd", "not_found")]
    [InlineData("a/%2e%2e/x", "invalid_path")]
    [InlineData("a/sub/%2E%2E", "invalid_path")]
    [InlineData("a/%2e", "invalid_path")]
    [InlineData("%2E%2E%2Fetc%2Fpasswd", "invalid_path")]
    [InlineData("a/..%2F..%2Fetc%2Fpasswd", "invalid_path")]
    [InlineData("a%2Fb.txt", "invalid_path")]
    [InlineData("a%2fsub%2fc.txt", "invalid_path")]
    [InlineData("%2Fetc%2Fpasswd", "invalid_path")]
    [InlineData("%2F", "invalid_path")]
    [InlineData(".%2E/x", "not_found")]
    // Backslashes, raw and encoded.
    [InlineData("a\\b.txt", "invalid_path")]
    [InlineData("..\\..\\etc\\passwd", "invalid_path")]
    [InlineData("a%5Cb.txt", "invalid_path")]
    [InlineData("..%5C..%5Cetc%5Cpasswd", "invalid_path")]
    [InlineData("%5C%5Cserver%5Cshare", "invalid_path")]
    // Windows paths.
    [InlineData("C:\\Windows\\win.ini", "invalid_path")]
    [InlineData("C:%5CWindows%5Cwin.ini", "invalid_path")]
    // Empty segments.
    [InlineData("a//b.txt", "invalid_path")]
    [InlineData("a///sub/c.txt", "invalid_path")]
    // Broken encodings: truncated escapes, overlong UTF-8 for '.', UTF-16 surrogates.
    [InlineData("x%", "invalid_path")]
    [InlineData("x%2", "invalid_path")]
    [InlineData("x%zz", "invalid_path")]
    [InlineData("%c0%ae%c0%ae/x", "invalid_path")]
    [InlineData("%e0%80%ae%e0%80%ae/x", "invalid_path")]
    [InlineData("%ed%a0%80", "invalid_path")]
    [InlineData("%ff%fe", "invalid_path")]
    public async Task A_traversal_form_is_refused_everywhere_and_changes_nothing(string path, string code)
    {
        var (member, bystander, before, bystanderBefore) = await ArrangeAsync();

        foreach (var (method, prefix, query) in PathEndpoints())
        {
            var url = prefix + path + query;
            using var response = await Raw.SendAsync(member, method, url, method == HttpMethod.Put ? Content.Body([6, 6, 6]) : null);
            await AssertRefusedAsync(response, method, code);
        }

        await before.AssertUnchangedAsync(member);
        await bystanderBefore.AssertUnchangedAsync(bystander);
        Assert.Empty(Disk.TempFiles(factory));
    }

    [Theory]
    [InlineData("bad.", "invalid_name")]
    [InlineData("bad...", "invalid_name")]
    [InlineData("bad%20", "invalid_name")]
    [InlineData("bad.%20", "invalid_name")]
    [InlineData("a%01b", "invalid_name")]
    [InlineData("a%09b", "invalid_name")]
    [InlineData("a%0Ab", "invalid_name")]
    [InlineData("a%0D%0AX-Injected:%201", "invalid_name")]
    [InlineData("a%1Bb", "invalid_name")]
    [InlineData("a%7Fb", "invalid_name")]
    [InlineData("a%C2%85b", "invalid_name")]
    [InlineData("a%EF%BF%BEb", "invalid_name")]
    public async Task An_invalid_name_is_400_invalid_name_as_leaf_and_as_folder(string name, string code)
    {
        var (member, bystander, before, bystanderBefore) = await ArrangeAsync();

        foreach (var path in new[] { name, "a/" + name, name + "/child.txt", "a/" + name + "/sub/child.txt" })
        {
            foreach (var (method, prefix, query) in PathEndpoints())
            {
                using var response = await Raw.SendAsync(member, method, prefix + path + query, method == HttpMethod.Put ? Content.Body([7]) : null);
                await AssertRefusedAsync(response, method, code);
            }
        }

        await before.AssertUnchangedAsync(member);
        await bystanderBefore.AssertUnchangedAsync(bystander);
    }

    [Fact]
    public async Task Names_are_limited_to_255_UTF8_bytes()
    {
        var (member, _, before, _) = await ArrangeAsync();
        string[] tooLong = [new string('n', 256), string.Concat(Enumerable.Repeat("报", 86)), new string('n', 250) + "😀😀"];

        foreach (var name in tooLong)
        {
            using var put = await Raw.SendAsync(member, HttpMethod.Put, "/api/v1/content/a/" + Uri.EscapeDataString(name) + "?parents=true", Content.Body([8]));
            await Problem.AssertAsync(put, HttpStatusCode.BadRequest, "invalid_name");
            using var folder = await Raw.PostJsonAsync(member, "/api/v1/folders", System.Text.Json.JsonSerializer.Serialize(new { path = "/a/" + name + "/x", parents = true }));
            await Problem.AssertAsync(folder, HttpStatusCode.BadRequest, "invalid_name");
        }

        await before.AssertUnchangedAsync(member);

        foreach (var name in new[] { new string('n', 255), string.Concat(Enumerable.Repeat("报", 85)), new string('n', 247) + "😀😀" })
        {
            var node = await member.Client.UploadAsync("/a/" + name, new MemoryStream([9]));
            Assert.Equal(name, node.Name);
        }
    }

    [Fact]
    public async Task Paths_deeper_than_128_levels_or_longer_than_4096_characters_are_invalid_path()
    {
        var (member, _, before, _) = await ArrangeAsync();

        var deep = string.Join('/', Enumerable.Repeat("d", 129));
        var longPath = string.Join('/', Enumerable.Repeat(new string('l', 200), 21));
        foreach (var path in new[] { deep, longPath })
        {
            using var put = await Raw.SendAsync(member, HttpMethod.Put, "/api/v1/content/" + path + "?parents=true", Content.Body([1]));
            await Problem.AssertAsync(put, HttpStatusCode.BadRequest, "invalid_path");
            using var folder = await Raw.PostJsonAsync(member, "/api/v1/folders", System.Text.Json.JsonSerializer.Serialize(new { path, parents = true }));
            await Problem.AssertAsync(folder, HttpStatusCode.BadRequest, "invalid_path");
        }

        await before.AssertUnchangedAsync(member);
        var ok = await member.Client.CreateFolderAsync("/" + string.Join('/', Enumerable.Repeat("d", 128)), parents: true);
        Assert.Equal(128, ok.Path.Count(c => c == '/'));
    }

    [Theory]
    [InlineData("a%00b")]
    [InlineData("%00")]
    [InlineData("a/%00/b.txt")]
    public async Task A_NUL_in_the_url_is_refused_by_the_server_before_anything_runs(string path)
    {
        // Kestrel refuses a decoded NUL in the request target itself (a bare 400, before the application); JSON
        // bodies carry NULs to the application, which answers invalid_name (see RequestBodyTests).
        var (member, bystander, before, bystanderBefore) = await ArrangeAsync();

        foreach (var (method, prefix, query) in PathEndpoints())
        {
            using var response = await Raw.SendAsync(member, method, prefix + path + query, method == HttpMethod.Put ? Content.Body([1]) : null);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await before.AssertUnchangedAsync(member);
        await bystanderBefore.AssertUnchangedAsync(bystander);
    }

    [Fact]
    public async Task Absolute_looking_and_foreign_paths_stay_inside_the_members_own_tree()
    {
        var member = await Members.NewAsync(factory);
        var passwd = File.Exists("/etc/passwd") ? SHA256.HashData(File.ReadAllBytes("/etc/passwd")) : null;

        // (URL as sent, the path it must land on in the member's drive)
        (string Url, string Path)[] cases =
        [
            ("/api/v1/content//etc/passwd?parents=true", "/etc/passwd"),
            ("/api/v1/content///root/.ssh/authorized_keys?parents=true", "/root/.ssh/authorized_keys"),
            ("/api/v1/content/C:/Windows/win.ini?parents=true", "/C:/Windows/win.ini"),
            ("/api/v1/content/%252e%252e/%252e%252e/escape?parents=true", "/%2e%2e/%2e%2e/escape"),
            ("/api/v1/content/~/.bashrc?parents=true", "/~/.bashrc"),
            ("/api/v1/content/$HOME/..x?parents=true", "/$HOME/..x"),
            ("/api/v1/content/...more?parents=true", "/...more"),
            ("/api/v1/content/.hidden?parents=true", "/.hidden"),
            ("/api/v1/content/%2E%2E%2Ea?parents=true", "/...a"),
        ];

        foreach (var (url, path) in cases)
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, url, Content.Body([42]));
            Assert.True(HttpStatusCode.Created == response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var node = await response.Content.ReadFromJsonAsync<NodeDto>();
            Assert.Equal(path, node!.Path);
            Assert.Equal(node.Id, (await member.Client.StatAsync(path)).Id);
        }

        if (passwd is not null)
        {
            Assert.Equal(passwd, SHA256.HashData(File.ReadAllBytes("/etc/passwd")));
        }

        // Content lives only as blobs named by their hash; no name from a path reaches the disk.
        var names = new[] { "passwd", "authorized_keys", "win.ini", "escape", ".bashrc", "..x", "...more", "...a", ".hidden" };
        var root = Path.GetDirectoryName(factory.DataDirectory)!;
        Assert.DoesNotContain(Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories), f => names.Contains(Path.GetFileName(f)));
        Assert.All(Disk.BlobFiles(factory), f => Assert.Equal(64, Path.GetFileName(f).Length));
        Assert.Contains(Disk.BlobFiles(factory), f => Path.GetFileName(f) == Content.Sha256([42]));
        Assert.Empty(Disk.TempFiles(factory));
    }
}
