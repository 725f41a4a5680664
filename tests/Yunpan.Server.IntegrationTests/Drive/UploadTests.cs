using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>PUT /api/v1/content/{path}: plain uploads, overwrites, conflicts and preconditions.</summary>
public sealed class UploadTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    internal static string Url(string path, string query = "") => "/api/v1/content/" + DrivePaths.Encode(path) + query;

    private static Task<HttpResponseMessage> PutAsync(Member member, string path, byte[] bytes, string query = "", Action<HttpRequestMessage>? configure = null) =>
        Raw.SendAsync(member, HttpMethod.Put, Url(path, query), Content.Body(bytes), configure);

    [Fact]
    public async Task Upload_answers_201_with_the_node_its_location_and_a_strong_etag()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(1, 12_345);

        using var response = await PutAsync(member, "/notes.txt", bytes);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var node = await response.Content.ReadFromJsonAsync<NodeDto>();
        Assert.NotNull(node);
        Assert.Equal("notes.txt", node.Name);
        Assert.Equal("/notes.txt", node.Path);
        Assert.Equal(NodeKinds.File, node.Kind);
        Assert.Equal(12_345, node.Size);
        Assert.Equal("text/plain", node.ContentType);
        Assert.Equal(Content.Sha256(bytes), node.Sha256);
        Assert.Equal($"\"{Content.Sha256(bytes)}\"", response.Headers.ETag?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("/api/v1/content/notes.txt", response.Headers.Location?.OriginalString);
        Assert.Equal(factory.Clock.GetUtcNow(), node.ModifiedAt);

        var stat = await member.Client.StatAsync("/notes.txt");
        Assert.Equal(node.Id, stat.Id);
        Assert.Equal(12_345, (await member.Client.MeAsync()).Quota.Used);
    }

    [Fact]
    public async Task An_empty_file_is_a_file()
    {
        var member = await Members.NewAsync(factory);
        using var response = await PutAsync(member, "/empty", []);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var download = await member.Client.DownloadAsync("/empty");
        Assert.Empty(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, (await member.Client.StatAsync("/empty")).Size);
    }

    [Fact]
    public async Task A_missing_parent_is_409_parent_not_found_unless_parents_are_asked_for()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);

        using var refused = await PutAsync(member, "/a/b/c.txt", [1, 2, 3]);
        await Problem.AssertAsync(refused, HttpStatusCode.Conflict, "parent_not_found");
        await before.AssertUnchangedAsync(member);

        using var created = await PutAsync(member, "/a/b/c.txt", [1, 2, 3], "?parents=true");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(NodeKinds.Folder, (await member.Client.StatAsync("/a")).Kind);
        Assert.Equal(NodeKinds.Folder, (await member.Client.StatAsync("/a/b")).Kind);
        Assert.Equal(3, (await member.Client.StatAsync("/a/b/c.txt")).Size);
    }

    [Fact]
    public async Task A_file_in_the_place_of_a_parent_is_409_not_a_folder()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/plain", new MemoryStream([1]));
        var before = await DriveState.CaptureAsync(member);

        using var direct = await PutAsync(member, "/plain/child.txt", [2]);
        await Problem.AssertAsync(direct, HttpStatusCode.Conflict, "not_a_folder");
        using var withParents = await PutAsync(member, "/plain/deeper/child.txt", [2], "?parents=true");
        await Problem.AssertAsync(withParents, HttpStatusCode.Conflict, "not_a_folder");

        await before.AssertUnchangedAsync(member);
        Assert.Empty(Disk.TempFiles(factory));
    }

    [Fact]
    public async Task Uploading_onto_a_folder_is_409_name_conflict_or_a_renamed_file_with_autorename()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/docs");
        var before = await DriveState.CaptureAsync(member);

        using var refused = await PutAsync(member, "/docs", [1, 2]);
        await Problem.AssertAsync(refused, HttpStatusCode.Conflict, "name_conflict");
        await before.AssertUnchangedAsync(member);

        using var renamed = await PutAsync(member, "/docs", [1, 2], "?autorename=true");
        Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        var node = await renamed.Content.ReadFromJsonAsync<NodeDto>();
        Assert.Equal("/docs (1)", node!.Path);
        Assert.Equal(NodeKinds.Folder, (await member.Client.StatAsync("/docs")).Kind);
    }

    [Fact]
    public async Task Autorename_keeps_the_extension_and_counts_up()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/report.pdf", new MemoryStream([1]));

        var first = await member.Client.UploadAsync("/report.pdf", new MemoryStream([2]), autorename: true);
        var second = await member.Client.UploadAsync("/report.pdf", new MemoryStream([3]), autorename: true);

        Assert.Equal("/report (1).pdf", first.Path);
        Assert.Equal("/report (2).pdf", second.Path);
        Assert.Equal(Content.Sha256([1]), (await member.Client.StatAsync("/report.pdf")).Sha256);
        Assert.Empty((await member.Client.VersionsAsync("/report.pdf")).Items);
    }

    [Fact]
    public async Task Overwriting_replaces_the_content_of_the_same_node()
    {
        var member = await Members.NewAsync(factory);
        var original = await member.Client.UploadAsync("/data.bin", new MemoryStream(Content.Bytes(1, 100)));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await PutAsync(member, "/data.bin", Content.Bytes(2, 200));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var replaced = await response.Content.ReadFromJsonAsync<NodeDto>();

        Assert.Equal(original.Id, replaced!.Id);
        Assert.Equal(200, replaced.Size);
        Assert.Equal(Content.Sha256(Content.Bytes(2, 200)), replaced.Sha256);
        Assert.True(replaced.ModifiedAt > original.ModifiedAt);
        using var download = await member.Client.DownloadAsync("/data.bin");
        Assert.Equal(Content.Bytes(2, 200), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task If_Match_with_an_old_etag_is_412_and_the_content_stays()
    {
        var member = await Members.NewAsync(factory);
        var v1 = await member.Client.UploadAsync("/doc.txt", new MemoryStream("one"u8.ToArray()));
        await member.Client.UploadAsync("/doc.txt", new MemoryStream("two"u8.ToArray()));
        var before = await DriveState.CaptureAsync(member);

        using var stale = await PutAsync(member, "/doc.txt", "three"u8.ToArray(), configure: r => r.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v1.Sha256}\"")));

        await Problem.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        await before.AssertUnchangedAsync(member);
        using var download = await member.Client.DownloadAsync("/doc.txt");
        Assert.Equal("two", await download.Content.ReadAsStringAsync());
        Assert.Empty(Disk.TempFiles(factory));
    }

    [Fact]
    public async Task If_Match_with_the_current_etag_replaces()
    {
        var member = await Members.NewAsync(factory);
        var current = await member.Client.UploadAsync("/doc.txt", new MemoryStream("one"u8.ToArray()));

        using var response = await PutAsync(member, "/doc.txt", "two"u8.ToArray(), configure: r => r.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{current.Sha256}\"")));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var download = await member.Client.DownloadAsync("/doc.txt");
        Assert.Equal("two", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task If_Match_on_a_missing_file_is_412_and_creates_nothing()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);

        using var response = await PutAsync(member, "/new.txt", [1], configure: r => r.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{Content.Sha256([1])}\"")));

        await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task If_None_Match_star_creates_but_never_replaces()
    {
        var member = await Members.NewAsync(factory);

        using var created = await PutAsync(member, "/once.txt", "first"u8.ToArray(), configure: r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var before = await DriveState.CaptureAsync(member);

        using var refused = await PutAsync(member, "/once.txt", "second"u8.ToArray(), configure: r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));

        await Problem.AssertAsync(refused, HttpStatusCode.PreconditionFailed, "precondition_failed");
        await before.AssertUnchangedAsync(member);
        using var download = await member.Client.DownloadAsync("/once.txt");
        Assert.Equal("first", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Uploading_to_the_root_is_400_root_immutable()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);

        foreach (var url in new[] { "/api/v1/content/", "/api/v1/content" })
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Put, url, Content.Body([1]));
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "root_immutable");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Names_are_stored_in_NFC_so_a_decomposed_name_finds_the_same_file()
    {
        var member = await Members.NewAsync(factory);
        var decomposed = "cafe\u0301 menu.txt";
        var composed = decomposed.Normalize(NormalizationForm.FormC);

        var node = await member.Client.UploadAsync("/" + decomposed, new MemoryStream([7]));

        Assert.Equal(composed, node.Name);
        Assert.Equal(node.Id, (await member.Client.StatAsync("/" + composed)).Id);
        var again = await member.Client.UploadAsync("/" + composed, new MemoryStream([8]));
        Assert.Equal(node.Id, again.Id);
    }

    [Fact]
    public async Task Delete_moves_a_file_to_the_trash_with_204()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/gone.txt", new MemoryStream([1, 2, 3]));

        using var response = await Raw.SendAsync(member, HttpMethod.Delete, Url("/gone.txt"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var missing = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.StatAsync("/gone.txt"));
        Assert.Equal("not_found", missing.Code);
        var trash = await member.Client.TrashAsync();
        Assert.Equal("/gone.txt", Assert.Single(trash.Items).OriginalPath);
    }

    [Fact]
    public async Task Delete_of_a_folder_takes_its_whole_subtree()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/tree/a/b/deep.txt", new MemoryStream([1]), parents: true);
        await member.Client.UploadAsync("/tree/top.txt", new MemoryStream([2]));
        await member.Client.UploadAsync("/keep.txt", new MemoryStream([3]));

        await member.Client.DeleteAsync("/tree");

        var state = await DriveState.CaptureAsync(member);
        Assert.Single(state.Tree);
        Assert.StartsWith("file\t/keep.txt\t", state.Tree[0], StringComparison.Ordinal);
        var item = Assert.Single((await member.Client.TrashAsync()).Items);
        Assert.Equal(NodeKinds.Folder, item.Kind);
        Assert.Equal(2, item.Size);
    }

    [Fact]
    public async Task Delete_refusals_change_nothing()
    {
        var member = await Members.NewAsync(factory);
        var old = await member.Client.UploadAsync("/f.txt", new MemoryStream([1]));
        await member.Client.UploadAsync("/f.txt", new MemoryStream([2]));
        var before = await DriveState.CaptureAsync(member);

        using (var missing = await Raw.SendAsync(member, HttpMethod.Delete, Url("/nothing-here.txt")))
        {
            await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");
        }

        foreach (var root in new[] { "/api/v1/content/", "/api/v1/content" })
        {
            using var response = await Raw.SendAsync(member, HttpMethod.Delete, root);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "root_immutable");
        }

        using (var stale = await Raw.SendAsync(member, HttpMethod.Delete, Url("/f.txt"), configure: r => r.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{old.Sha256}\""))))
        {
            await Problem.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "precondition_failed");
        }

        await before.AssertUnchangedAsync(member);
    }
}
