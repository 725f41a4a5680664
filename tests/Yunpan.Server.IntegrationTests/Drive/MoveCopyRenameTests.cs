using System.Net;
using System.Net.Http.Json;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>POST /api/v1/move, /api/v1/copy and /api/v1/rename.</summary>
public sealed class MoveCopyRenameTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static string Transfer(string from, string to, bool autorename = false) =>
        System.Text.Json.JsonSerializer.Serialize(new { from, to, autorename });

    private static async Task<byte[]> DownloadAsync(Member member, string path)
    {
        using var response = await member.Client.DownloadAsync(path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>/src with two files, one folder below and an empty folder.</summary>
    private static async Task BuildTreeAsync(Member member, string root = "/src")
    {
        await member.Client.UploadAsync($"{root}/a.txt", new MemoryStream(Content.Bytes(1, 1_000)), parents: true);
        await member.Client.UploadAsync($"{root}/sub/b.txt", new MemoryStream(Content.Bytes(2, 2_000)), parents: true);
        await member.Client.CreateFolderAsync($"{root}/sub/empty");
    }

    private static IEnumerable<string> Relative(DriveState state, string root) =>
        state.Tree.Select(l => l.Split('\t'))
            .Where(p => p[1].StartsWith(root + "/", StringComparison.Ordinal))
            .Select(p => $"{p[0]} {p[1][root.Length..]} {p[2]} {p[3]}");

    [Fact]
    public async Task Moving_a_file_changes_its_path_and_keeps_its_identity()
    {
        var member = await Members.NewAsync(factory);
        var node = await member.Client.UploadAsync("/inbox/doc.pdf", new MemoryStream(Content.Bytes(3, 300)), parents: true);
        await member.Client.CreateFolderAsync("/archive");

        using var response = await Raw.PostJsonAsync(member, "/api/v1/move", Transfer("/inbox/doc.pdf", "/archive/2026 doc.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await response.Content.ReadFromJsonAsync<NodeDto>();
        Assert.Equal(node.Id, moved!.Id);
        Assert.Equal("/archive/2026 doc.pdf", moved.Path);
        Assert.Equal("2026 doc.pdf", moved.Name);
        Assert.Equal(Content.Bytes(3, 300), await DownloadAsync(member, "/archive/2026 doc.pdf"));
        await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.StatAsync("/inbox/doc.pdf"));
    }

    [Fact]
    public async Task Moving_a_folder_moves_its_whole_subtree()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        var before = await DriveState.CaptureAsync(member);
        await member.Client.CreateFolderAsync("/dest");

        await member.Client.MoveAsync("/src", "/dest/moved");

        var after = await DriveState.CaptureAsync(member);
        Assert.Equal(Relative(before, "/src"), Relative(after, "/dest/moved"));
        Assert.Empty(Relative(after, "/src"));
        Assert.Equal(Content.Bytes(2, 2_000), await DownloadAsync(member, "/dest/moved/sub/b.txt"));
        Assert.Equal(before.Used, after.Used);
        Assert.Equal(["/dest/moved/a.txt", "/dest/moved/sub/b.txt"], (await member.Client.SearchAsync("txt")).Items.Select(i => i.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("𠀀文件夹")]
    [InlineData("emoji 😀 folder")]
    [InlineData("Ünïcödé")]
    public async Task Moving_and_renaming_folders_with_any_unicode_name_keeps_the_subtree_paths(string name)
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member, "/" + name);
        var before = await DriveState.CaptureAsync(member);

        await member.Client.MoveAsync("/" + name, "/moved");
        var moved = await DriveState.CaptureAsync(member);
        await member.Client.RenameAsync("/moved", name + " 𝄞");
        var renamed = await DriveState.CaptureAsync(member);

        Assert.Equal(Relative(before, "/" + name), Relative(moved, "/moved"));
        Assert.Equal(Relative(before, "/" + name), Relative(renamed, "/" + name + " 𝄞"));
        Assert.Equal(Content.Bytes(2, 2_000), await DownloadAsync(member, $"/{name} 𝄞/sub/b.txt"));
        Assert.Equal(5, renamed.Tree.Count);
    }

    [Fact]
    public async Task A_folder_cannot_move_into_itself()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        var before = await DriveState.CaptureAsync(member);

        foreach (var to in new[] { "/src/inside", "/src/sub/deeper", "/src/sub/empty/x" })
        {
            using var response = await Raw.PostJsonAsync(member, "/api/v1/move", Transfer("/src", to));
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "move_into_itself");
            using var copy = await Raw.PostJsonAsync(member, "/api/v1/copy", Transfer("/src", to));
            await Problem.AssertAsync(copy, HttpStatusCode.BadRequest, "move_into_itself");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task A_prefix_sibling_is_not_inside()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        await member.Client.CreateFolderAsync("/src2");

        var moved = await member.Client.MoveAsync("/src", "/src2/src");

        Assert.Equal("/src2/src", moved.Path);
        Assert.Equal(Content.Bytes(1, 1_000), await DownloadAsync(member, "/src2/src/a.txt"));
    }

    [Fact]
    public async Task The_root_cannot_be_moved_copied_renamed_or_deleted()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        var before = await DriveState.CaptureAsync(member);

        foreach (var (url, json) in new[]
        {
            ("/api/v1/move", Transfer("/", "/x")),
            ("/api/v1/move", Transfer("/src", "/")),
            ("/api/v1/move", Transfer("", "/x")),
            ("/api/v1/copy", Transfer("/", "/x")),
            ("/api/v1/copy", Transfer("/src", "/")),
            ("/api/v1/rename", """{"path":"/","name":"x"}"""),
            ("/api/v1/rename", """{"path":"","name":"x"}"""),
            ("/api/v1/folders", """{"path":"/"}"""),
        })
        {
            using var response = await Raw.PostJsonAsync(member, url, json);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "root_immutable");
        }

        using var delete = await Raw.SendAsync(member, HttpMethod.Delete, "/api/v1/content/");
        await Problem.AssertAsync(delete, HttpStatusCode.BadRequest, "root_immutable");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Moving_onto_a_taken_name_is_409_unless_autorename()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/a.txt", new MemoryStream([1]));
        await member.Client.UploadAsync("/dir/a.txt", new MemoryStream([2]), parents: true);
        var before = await DriveState.CaptureAsync(member);

        using (var move = await Raw.PostJsonAsync(member, "/api/v1/move", Transfer("/a.txt", "/dir/a.txt")))
        {
            await Problem.AssertAsync(move, HttpStatusCode.Conflict, "name_conflict");
        }

        using (var copy = await Raw.PostJsonAsync(member, "/api/v1/copy", Transfer("/a.txt", "/dir/a.txt")))
        {
            await Problem.AssertAsync(copy, HttpStatusCode.Conflict, "name_conflict");
        }

        using (var folderOverFile = await Raw.PostJsonAsync(member, "/api/v1/move", Transfer("/dir", "/a.txt")))
        {
            await Problem.AssertAsync(folderOverFile, HttpStatusCode.Conflict, "name_conflict");
        }

        await before.AssertUnchangedAsync(member);

        var renamed = await member.Client.MoveAsync("/a.txt", "/dir/a.txt", autorename: true);
        Assert.Equal("/dir/a (1).txt", renamed.Path);
        Assert.Equal([2], await DownloadAsync(member, "/dir/a.txt"));
        Assert.Equal([1], await DownloadAsync(member, "/dir/a (1).txt"));
    }

    [Fact]
    public async Task Moves_to_missing_or_file_parents_and_of_missing_sources_are_refused()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/f.txt", new MemoryStream([1]));
        await member.Client.UploadAsync("/g.txt", new MemoryStream([2]));
        var before = await DriveState.CaptureAsync(member);

        foreach (var url in new[] { "/api/v1/move", "/api/v1/copy" })
        {
            using (var missingParent = await Raw.PostJsonAsync(member, url, Transfer("/f.txt", "/nope/f.txt")))
            {
                await Problem.AssertAsync(missingParent, HttpStatusCode.Conflict, "parent_not_found");
            }

            using (var fileParent = await Raw.PostJsonAsync(member, url, Transfer("/f.txt", "/g.txt/f.txt")))
            {
                await Problem.AssertAsync(fileParent, HttpStatusCode.Conflict, "not_a_folder");
            }

            using var missingSource = await Raw.PostJsonAsync(member, url, Transfer("/none.txt", "/x.txt"));
            await Problem.AssertAsync(missingSource, HttpStatusCode.NotFound, "not_found");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Moving_a_node_onto_its_own_path_changes_nothing()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        var before = await DriveState.CaptureAsync(member);

        var same = await member.Client.MoveAsync("/src", "/src");

        Assert.Equal("/src", same.Path);
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Rename_renames_in_place_and_checks_the_name()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        await member.Client.UploadAsync("/src/other.txt", new MemoryStream([9]));

        using (var response = await Raw.PostJsonAsync(member, "/api/v1/rename", """{"path":"/src/a.txt","name":"A renamed.txt"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/src/A renamed.txt", (await response.Content.ReadFromJsonAsync<NodeDto>())!.Path);
        }

        var before = await DriveState.CaptureAsync(member);
        using (var clash = await Raw.PostJsonAsync(member, "/api/v1/rename", """{"path":"/src/A renamed.txt","name":"other.txt"}"""))
        {
            await Problem.AssertAsync(clash, HttpStatusCode.Conflict, "name_conflict");
        }

        foreach (var name in new[] { "", ".", "..", "a/b", "a\\b", "trailing.", "trailing ", "nul\u0000", "bell\u0007", "del\u007f", new string('n', 256) })
        {
            using var response = await Raw.PostJsonAsync(member, "/api/v1/rename",
                System.Text.Json.JsonSerializer.Serialize(new { path = "/src/A renamed.txt", name }));
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid_name");
        }

        await before.AssertUnchangedAsync(member);
        var auto = await member.Client.RenameAsync("/src/A renamed.txt", "other.txt", autorename: true);
        Assert.Equal("/src/other (1).txt", auto.Path);
        var folder = await member.Client.RenameAsync("/src/sub", "Sub");
        Assert.Equal("/src/Sub", folder.Path);
        Assert.Equal(Content.Bytes(2, 2_000), await DownloadAsync(member, "/src/Sub/b.txt"));
    }

    [Fact]
    public async Task Copying_a_file_shares_the_blob_and_counts_in_the_quota()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(4, 5_000);
        var original = await member.Client.UploadAsync("/orig.bin", new MemoryStream(bytes));
        var blobs = Disk.BlobFiles(factory).Count;

        using var response = await Raw.PostJsonAsync(member, "/api/v1/copy", Transfer("/orig.bin", "/copy.bin"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await response.Content.ReadFromJsonAsync<NodeDto>();
        Assert.NotEqual(original.Id, copy!.Id);
        Assert.Equal("/copy.bin", copy.Path);
        Assert.Equal(original.Sha256, copy.Sha256);
        Assert.Equal("/api/v1/content/copy.bin", response.Headers.Location?.OriginalString);
        Assert.Equal(bytes, await DownloadAsync(member, "/copy.bin"));
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
        Assert.Equal(10_000, (await member.Client.MeAsync()).Quota.Used);

        await member.Client.UploadAsync("/copy.bin", new MemoryStream([1]));
        Assert.Equal(bytes, await DownloadAsync(member, "/orig.bin"));
    }

    [Fact]
    public async Task Copying_a_folder_tree_creates_no_blob_files_and_counts_in_the_quota()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        var before = await DriveState.CaptureAsync(member);
        var blobs = Disk.BlobFiles(factory).Count;

        var copy = await member.Client.CopyAsync("/src", "/backup");
        var again = await member.Client.CopyAsync("/src", "/backup", autorename: true);

        Assert.Equal("/backup", copy.Path);
        Assert.Equal("/backup (1)", again.Path);
        var after = await DriveState.CaptureAsync(member);
        Assert.Equal(Relative(before, "/src"), Relative(after, "/backup"));
        Assert.Equal(Relative(before, "/src"), Relative(after, "/backup (1)"));
        Assert.Equal(Relative(before, "/src"), Relative(after, "/src"));
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
        Assert.Empty(Disk.TempFiles(factory));
        Assert.Equal(3 * 3_000, after.Used);
        Assert.Equal(Content.Bytes(2, 2_000), await DownloadAsync(member, "/backup (1)/sub/b.txt"));

        await member.Client.DeleteAsync("/src");
        await member.Client.EmptyTrashAsync();
        Assert.Equal(Content.Bytes(1, 1_000), await DownloadAsync(member, "/backup/a.txt"));
    }

    [Fact]
    public async Task A_copied_tree_is_independent_of_the_original()
    {
        var member = await Members.NewAsync(factory);
        await BuildTreeAsync(member);
        await member.Client.CopyAsync("/src", "/copy");

        await member.Client.UploadAsync("/src/a.txt", new MemoryStream([42]));
        await member.Client.MoveAsync("/src/sub", "/elsewhere");

        Assert.Equal(Content.Bytes(1, 1_000), await DownloadAsync(member, "/copy/a.txt"));
        Assert.Equal(Content.Bytes(2, 2_000), await DownloadAsync(member, "/copy/sub/b.txt"));
        Assert.Empty((await member.Client.VersionsAsync("/copy/a.txt")).Items);
        Assert.Single((await member.Client.VersionsAsync("/src/a.txt")).Items);
    }
}
