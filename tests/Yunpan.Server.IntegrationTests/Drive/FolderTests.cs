using System.Net;
using System.Net.Http.Json;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>POST /api/v1/folders, GET /api/v1/folders/{path} (paging, sorting), GET /api/v1/stat/{path}, GET /api/v1/nodes/{id}.</summary>
public sealed class FolderTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static Task<HttpResponseMessage> CreateAsync(Member member, string json) => Raw.PostJsonAsync(member, "/api/v1/folders", json);

    private static async Task<FolderListing> ListAsync(Member member, string url)
    {
        using var response = await member.Http.GetAsync(url);
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FolderListing>())!;
    }

    [Fact]
    public async Task Creating_a_folder_answers_201_with_the_node_and_its_location()
    {
        var member = await Members.NewAsync(factory);

        using var response = await CreateAsync(member, """{"path":"/照片 2026"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var folder = await response.Content.ReadFromJsonAsync<NodeDto>();
        Assert.Equal("照片 2026", folder!.Name);
        Assert.Equal("/照片 2026", folder.Path);
        Assert.Equal(NodeKinds.Folder, folder.Kind);
        Assert.Null(folder.Size);
        Assert.Null(folder.Sha256);
        Assert.Equal("/api/v1/folders/" + Uri.EscapeDataString("照片 2026"), response.Headers.Location?.OriginalString);
        using var listed = await member.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task An_existing_name_is_409_name_conflict_and_changes_nothing()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/taken");
        await member.Client.UploadAsync("/file.txt", new MemoryStream([1]));
        var before = await DriveState.CaptureAsync(member);

        using (var folder = await CreateAsync(member, """{"path":"/taken"}"""))
        {
            await Problem.AssertAsync(folder, HttpStatusCode.Conflict, "name_conflict");
        }

        using (var file = await CreateAsync(member, """{"path":"/file.txt"}"""))
        {
            await Problem.AssertAsync(file, HttpStatusCode.Conflict, "name_conflict");
        }

        using (var fileWithParents = await CreateAsync(member, """{"path":"/file.txt","parents":true}"""))
        {
            await Problem.AssertAsync(fileWithParents, HttpStatusCode.Conflict, "name_conflict");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Autorename_picks_the_next_free_name()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/photos");

        var first = await member.Client.CreateFolderAsync("/photos", autorename: true);
        var second = await member.Client.CreateFolderAsync("/photos", autorename: true);
        var dotted = await member.Client.CreateFolderAsync("/v1.2");
        var dottedAgain = await member.Client.CreateFolderAsync("/v1.2", autorename: true);

        Assert.Equal("/photos (1)", first.Path);
        Assert.Equal("/photos (2)", second.Path);
        Assert.Equal("/v1.2", dotted.Path);
        Assert.Equal("/v1.2 (1)", dottedAgain.Path);
    }

    [Fact]
    public async Task Parents_creates_the_chain_and_accepts_an_existing_folder()
    {
        var member = await Members.NewAsync(factory);

        var deep = await member.Client.CreateFolderAsync("/x/y/z", parents: true);
        var again = await member.Client.CreateFolderAsync("/x/y/z", parents: true);
        var middle = await member.Client.CreateFolderAsync("/x/y", parents: true);

        Assert.Equal("/x/y/z", deep.Path);
        Assert.Equal(deep.Id, again.Id);
        Assert.Equal((await member.Client.StatAsync("/x/y")).Id, middle.Id);
        var state = await DriveState.CaptureAsync(member);
        Assert.Equal(3, state.Tree.Count);
    }

    [Fact]
    public async Task A_missing_parent_or_a_file_as_parent_is_409_and_changes_nothing()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/file", new MemoryStream([1]));
        var before = await DriveState.CaptureAsync(member);

        using (var missing = await CreateAsync(member, """{"path":"/nope/child"}"""))
        {
            await Problem.AssertAsync(missing, HttpStatusCode.Conflict, "parent_not_found");
        }

        using (var underFile = await CreateAsync(member, """{"path":"/file/child"}"""))
        {
            await Problem.AssertAsync(underFile, HttpStatusCode.Conflict, "not_a_folder");
        }

        using (var underFileWithParents = await CreateAsync(member, """{"path":"/file/a/b","parents":true}"""))
        {
            await Problem.AssertAsync(underFileWithParents, HttpStatusCode.Conflict, "not_a_folder");
        }

        foreach (var root in new[] { "/", "", "//" })
        {
            using var response = await CreateAsync(member, $$"""{"path":"{{root}}"}""");
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "root_immutable");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task A_listing_shows_folders_first_then_files_by_name()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/b.txt", new MemoryStream([1]));
        await member.Client.UploadAsync("/A.txt", new MemoryStream([1]));
        await member.Client.CreateFolderAsync("/zeta");
        await member.Client.CreateFolderAsync("/Alpha");
        await member.Client.UploadAsync("/c.txt", new MemoryStream([1]));
        await member.Client.UploadAsync("/zeta/inside.txt", new MemoryStream([1]));

        var root = await ListAsync(member, "/api/v1/folders/");
        var noSlash = await ListAsync(member, "/api/v1/folders");
        var desc = await ListAsync(member, "/api/v1/folders/?sort=name&order=desc");

        Assert.Equal("/", root.Folder.Path);
        Assert.Equal(5, root.Total);
        Assert.Equal(["Alpha", "zeta", "A.txt", "b.txt", "c.txt"], root.Items.Select(i => i.Name));
        Assert.Equal(root.Items.Select(i => i.Id), noSlash.Items.Select(i => i.Id));
        Assert.Equal(["zeta", "Alpha", "c.txt", "b.txt", "A.txt"], desc.Items.Select(i => i.Name));
        var zeta = await ListAsync(member, "/api/v1/folders/zeta");
        Assert.Equal("/zeta", zeta.Folder.Path);
        Assert.Equal("/zeta/inside.txt", Assert.Single(zeta.Items).Path);
    }

    [Fact]
    public async Task A_listing_sorts_by_size_and_by_modification_time()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/medium.bin", new MemoryStream(new byte[200]));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.Client.UploadAsync("/large.bin", new MemoryStream(new byte[300]));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.Client.UploadAsync("/small.bin", new MemoryStream(new byte[100]));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await member.Client.CreateFolderAsync("/folder");

        Assert.Equal(["folder", "small.bin", "medium.bin", "large.bin"], (await member.Client.ListAsync("/", sort: "size")).Items.Select(i => i.Name));
        Assert.Equal(["folder", "large.bin", "medium.bin", "small.bin"], (await member.Client.ListAsync("/", sort: "size", order: "desc")).Items.Select(i => i.Name));
        Assert.Equal(["folder", "medium.bin", "large.bin", "small.bin"], (await member.Client.ListAsync("/", sort: "modified")).Items.Select(i => i.Name));
        Assert.Equal(["folder", "small.bin", "large.bin", "medium.bin"], (await member.Client.ListAsync("/", sort: "modified", order: "desc")).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_listing_is_paginated()
    {
        var member = await Members.NewAsync(factory);
        for (var i = 0; i < 25; i++)
        {
            await member.Client.CreateFolderAsync($"/many/item{i:00}", parents: true);
        }

        var pages = new List<FolderListing>();
        for (var offset = 0; offset < 25; offset += 10)
        {
            pages.Add(await member.Client.ListAsync("/many", offset: offset, limit: 10));
        }

        Assert.All(pages, p => Assert.Equal(25, p.Total));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Items.Count));
        Assert.Equal([0, 10, 20], pages.Select(p => p.Offset));
        Assert.All(pages, p => Assert.Equal(10, p.Limit));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"item{i:00}"), pages.SelectMany(p => p.Items).Select(i => i.Name));
        var beyond = await member.Client.ListAsync("/many", offset: 100, limit: 10);
        Assert.Empty(beyond.Items);
        Assert.Equal(25, beyond.Total);
        Assert.Equal(100, (await member.Client.ListAsync("/many")).Limit);
    }

    [Theory]
    [InlineData("?limit=0", "validation_failed")]
    [InlineData("?limit=1001", "validation_failed")]
    [InlineData("?offset=-1", "validation_failed")]
    [InlineData("?sort=colour", "validation_failed")]
    [InlineData("?order=sideways", "validation_failed")]
    [InlineData("?limit=ten", "bad_request")]
    [InlineData("?offset=1e3", "bad_request")]
    public async Task Bad_listing_parameters_are_400(string query, string code)
    {
        var member = await Members.NewAsync(factory);

        using var response = await member.Http.GetAsync("/api/v1/folders/" + query);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Listing_a_file_or_a_missing_folder_is_refused()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/f.txt", new MemoryStream([1]));

        using (var file = await member.Http.GetAsync("/api/v1/folders/f.txt"))
        {
            await Problem.AssertAsync(file, HttpStatusCode.Conflict, "not_a_folder");
        }

        using var missing = await member.Http.GetAsync("/api/v1/folders/none");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Stat_and_nodes_by_id_describe_files_folders_and_the_root()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(1, 4_321);
        var file = await member.Client.UploadAsync("/dir/song.mp3", new MemoryStream(bytes), parents: true);

        var stat = await member.Client.StatAsync("/dir/song.mp3");
        var folder = await member.Client.StatAsync("/dir");
        var root = await member.Client.StatAsync("/");

        Assert.Equal(file, stat);
        Assert.Equal("audio/mpeg", stat.ContentType);
        Assert.Equal(Content.Sha256(bytes), stat.Sha256);
        Assert.Equal(NodeKinds.Folder, folder.Kind);
        Assert.Equal("/", root.Path);
        Assert.Equal(NodeKinds.Folder, root.Kind);
        foreach (var node in new[] { stat, folder, root })
        {
            Assert.Equal(node, await member.Http.GetFromJsonAsync<NodeDto>($"/api/v1/nodes/{node.Id}"));
        }

        using var missing = await member.Http.GetAsync("/api/v1/stat/dir/none.mp3");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");
        using var unknownId = await member.Http.GetAsync($"/api/v1/nodes/{Guid.NewGuid()}");
        await Problem.AssertAsync(unknownId, HttpStatusCode.NotFound, "not_found");
        using var notAnId = await member.Http.GetAsync("/api/v1/nodes/song.mp3");
        await Problem.AssertAsync(notAnId, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_trashed_node_is_not_found_by_id_or_path()
    {
        var member = await Members.NewAsync(factory);
        var node = await member.Client.UploadAsync("/t/x.txt", new MemoryStream([1]), parents: true);
        var folder = await member.Client.StatAsync("/t");
        await member.Client.DeleteAsync("/t");

        foreach (var url in new[] { $"/api/v1/nodes/{node.Id}", $"/api/v1/nodes/{folder.Id}", "/api/v1/stat/t/x.txt", "/api/v1/stat/t", "/api/v1/folders/t" })
        {
            using var response = await member.Http.GetAsync(url);
            await Problem.AssertAsync(response, HttpStatusCode.NotFound, "not_found");
        }
    }
}
