using System.Net;
using System.Net.Http.Json;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>D-6: the recycle bin. List, restore (original path, missing parents, name clashes), purge one, empty.</summary>
public sealed class TrashTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static async Task<TrashItemDto> ItemAsync(Member member, string originalPath) =>
        (await member.Client.TrashAsync()).Items.Single(i => i.OriginalPath == originalPath);

    private static async Task<byte[]> DownloadAsync(Member member, string path)
    {
        using var response = await member.Client.DownloadAsync(path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task AssertMissingAsync(Member member, string path)
    {
        var e = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.StatAsync(path));
        Assert.Equal("not_found", e.Code);
    }

    [Fact]
    public async Task Deleted_items_are_listed_with_their_original_path_newest_first()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/docs/a.txt", new MemoryStream(Content.Bytes(1, 10)), parents: true);
        await member.Client.UploadAsync("/docs/sub/b.txt", new MemoryStream(Content.Bytes(2, 20)), parents: true);
        await member.Client.UploadAsync("/c.txt", new MemoryStream(Content.Bytes(3, 30)));

        await member.Client.DeleteAsync("/docs/a.txt");
        var firstDeletedAt = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await member.Client.DeleteAsync("/docs");

        using var response = await member.Http.GetAsync("/api/v1/trash");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trash = await response.Content.ReadFromJsonAsync<TrashListing>();
        Assert.Equal(2, trash!.Total);
        Assert.Equal(["/docs", "/docs/a.txt"], trash.Items.Select(i => i.OriginalPath));
        var folder = trash.Items[0];
        Assert.Equal("docs", folder.Name);
        Assert.Equal(NodeKinds.Folder, folder.Kind);
        Assert.Equal(20, folder.Size);
        var file = trash.Items[1];
        Assert.Equal("a.txt", file.Name);
        Assert.Equal(NodeKinds.File, file.Kind);
        Assert.Equal(10, file.Size);
        Assert.Equal(firstDeletedAt, file.DeletedAt);
        Assert.True(folder.DeletedAt > file.DeletedAt);

        await AssertMissingAsync(member, "/docs");
        await AssertMissingAsync(member, "/docs/sub/b.txt");
        var search = await member.Client.SearchAsync("b.txt");
        Assert.Empty(search.Items);
    }

    [Fact]
    public async Task The_trash_list_is_paginated()
    {
        var member = await Members.NewAsync(factory);
        for (var i = 0; i < 5; i++)
        {
            await member.Client.UploadAsync($"/t{i}.txt", new MemoryStream([(byte)i]));
            await member.Client.DeleteAsync($"/t{i}.txt");
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await member.Http.GetFromJsonAsync<TrashListing>("/api/v1/trash?offset=0&limit=2");
        var second = await member.Http.GetFromJsonAsync<TrashListing>("/api/v1/trash?offset=2&limit=2");
        var third = await member.Http.GetFromJsonAsync<TrashListing>("/api/v1/trash?offset=4&limit=2");

        Assert.All(new[] { first!, second!, third! }, page => Assert.Equal(5, page.Total));
        Assert.Equal(["/t4.txt", "/t3.txt", "/t2.txt", "/t1.txt", "/t0.txt"],
            first!.Items.Concat(second!.Items).Concat(third!.Items).Select(i => i.OriginalPath));

        using var bad = await member.Http.GetAsync("/api/v1/trash?limit=0");
        await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Restore_puts_a_file_back_at_its_original_path()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(4, 1_234);
        var node = await member.Client.UploadAsync("/home/notes.md", new MemoryStream(bytes), parents: true);
        await member.Client.DeleteAsync("/home/notes.md");
        var item = await ItemAsync(member, "/home/notes.md");

        using var response = await member.Http.PostAsync($"/api/v1/trash/{item.Id}/restore", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var restored = await response.Content.ReadFromJsonAsync<RestoredItem>();
        Assert.Equal(item.Id, restored!.Item.Id);
        Assert.Equal("/home/notes.md", restored.Node.Path);
        Assert.Equal(node.Id, restored.Node.Id);
        Assert.Equal(bytes, await DownloadAsync(member, "/home/notes.md"));
        Assert.Empty((await member.Client.TrashAsync()).Items);

        using var again = await member.Http.PostAsync($"/api/v1/trash/{item.Id}/restore", null);
        await Problem.AssertAsync(again, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Restore_of_a_folder_brings_back_its_whole_subtree()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/project/src/main.cs", new MemoryStream(Content.Bytes(5, 50)), parents: true);
        await member.Client.UploadAsync("/project/readme.md", new MemoryStream(Content.Bytes(6, 60)));
        await member.Client.CreateFolderAsync("/project/empty");
        var before = await DriveState.CaptureAsync(member);
        await member.Client.DeleteAsync("/project");

        await member.Client.RestoreAsync((await ItemAsync(member, "/project")).Id);

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Restore_recreates_missing_parent_folders()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(7, 70);
        await member.Client.UploadAsync("/a/b/c/deep.txt", new MemoryStream(bytes), parents: true);
        await member.Client.DeleteAsync("/a/b/c/deep.txt");
        await member.Client.DeleteAsync("/a");
        await member.Client.PurgeAsync((await ItemAsync(member, "/a")).Id);
        await AssertMissingAsync(member, "/a");

        var restored = await member.Client.RestoreAsync((await ItemAsync(member, "/a/b/c/deep.txt")).Id);

        Assert.Equal("/a/b/c/deep.txt", restored.Node.Path);
        Assert.Equal(NodeKinds.Folder, (await member.Client.StatAsync("/a/b/c")).Kind);
        Assert.Equal(bytes, await DownloadAsync(member, "/a/b/c/deep.txt"));
        Assert.Empty((await member.Client.TrashAsync()).Items);
    }

    [Fact]
    public async Task A_file_restored_onto_a_taken_name_comes_back_as_name_1_ext()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/report.pdf", new MemoryStream([1]));
        await member.Client.DeleteAsync("/report.pdf");
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await member.Client.UploadAsync("/report.pdf", new MemoryStream([2]));
        await member.Client.DeleteAsync("/report.pdf");
        await member.Client.UploadAsync("/report.pdf", new MemoryStream([3]));
        var items = (await member.Client.TrashAsync()).Items;

        var first = await member.Client.RestoreAsync(items[0].Id);
        var second = await member.Client.RestoreAsync(items[1].Id);

        Assert.Equal("/report (1).pdf", first.Node.Path);
        Assert.Equal("/report (2).pdf", second.Node.Path);
        Assert.Equal([3], await DownloadAsync(member, "/report.pdf"));
        Assert.Equal([2], await DownloadAsync(member, "/report (1).pdf"));
        Assert.Equal([1], await DownloadAsync(member, "/report (2).pdf"));
    }

    [Fact]
    public async Task A_folder_restored_onto_a_taken_name_comes_back_as_name_1()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/v1.0/inside.txt", new MemoryStream([1]), parents: true);
        await member.Client.DeleteAsync("/v1.0");
        await member.Client.UploadAsync("/v1.0", new MemoryStream([2]));

        var restored = await member.Client.RestoreAsync((await ItemAsync(member, "/v1.0")).Id);

        Assert.Equal("/v1.0 (1)", restored.Node.Path);
        Assert.Equal([1], await DownloadAsync(member, "/v1.0 (1)/inside.txt"));
        Assert.Equal([2], await DownloadAsync(member, "/v1.0"));
    }

    [Fact]
    public async Task A_folder_named_outside_the_BMP_restored_under_a_new_name_keeps_its_subtree()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/𠀀😀/deep/f.txt", new MemoryStream([1]), parents: true);
        await member.Client.DeleteAsync("/𠀀😀");
        await member.Client.CreateFolderAsync("/𠀀😀");

        var restored = await member.Client.RestoreAsync((await ItemAsync(member, "/𠀀😀")).Id);

        Assert.Equal("/𠀀😀 (1)", restored.Node.Path);
        Assert.Equal([1], await DownloadAsync(member, "/𠀀😀 (1)/deep/f.txt"));
        Assert.Equal("/𠀀😀 (1)/deep", (await member.Client.StatAsync("/𠀀😀 (1)/deep")).Path);
    }

    [Fact]
    public async Task A_file_in_the_place_of_a_missing_parent_gets_a_renamed_folder_beside_it()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/p/f.txt", new MemoryStream([1]), parents: true);
        await member.Client.DeleteAsync("/p/f.txt");
        await member.Client.DeleteAsync("/p");
        await member.Client.UploadAsync("/p", new MemoryStream([2]));

        var restored = await member.Client.RestoreAsync((await ItemAsync(member, "/p/f.txt")).Id);

        Assert.Equal("/p (1)/f.txt", restored.Node.Path);
        Assert.Equal([1], await DownloadAsync(member, "/p (1)/f.txt"));
        Assert.Equal([2], await DownloadAsync(member, "/p"));
    }

    [Fact]
    public async Task Deleting_a_child_then_its_parent_restores_child_first()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/a/b/x.txt", new MemoryStream([1]), parents: true);
        await member.Client.UploadAsync("/a/y.txt", new MemoryStream([2]));
        await member.Client.DeleteAsync("/a/b");
        await member.Client.DeleteAsync("/a");
        var child = await ItemAsync(member, "/a/b");
        var parent = await ItemAsync(member, "/a");

        var restoredChild = await member.Client.RestoreAsync(child.Id);
        Assert.Equal("/a/b", restoredChild.Node.Path);
        Assert.Equal([1], await DownloadAsync(member, "/a/b/x.txt"));
        await AssertMissingAsync(member, "/a/y.txt");

        var restoredParent = await member.Client.RestoreAsync(parent.Id);
        Assert.Equal("/a (1)", restoredParent.Node.Path);
        Assert.Equal([2], await DownloadAsync(member, "/a (1)/y.txt"));
        await AssertMissingAsync(member, "/a (1)/b");
        Assert.Equal([1], await DownloadAsync(member, "/a/b/x.txt"));
        Assert.Empty((await member.Client.TrashAsync()).Items);
    }

    [Fact]
    public async Task Deleting_a_child_then_its_parent_restores_parent_first()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/a/b/x.txt", new MemoryStream([1]), parents: true);
        await member.Client.UploadAsync("/a/y.txt", new MemoryStream([2]));
        var before = await DriveState.CaptureAsync(member);
        await member.Client.DeleteAsync("/a/b");
        await member.Client.DeleteAsync("/a");
        var child = await ItemAsync(member, "/a/b");
        var parent = await ItemAsync(member, "/a");

        var restoredParent = await member.Client.RestoreAsync(parent.Id);
        Assert.Equal("/a", restoredParent.Node.Path);
        Assert.Equal([2], await DownloadAsync(member, "/a/y.txt"));
        await AssertMissingAsync(member, "/a/b");

        var restoredChild = await member.Client.RestoreAsync(child.Id);
        Assert.Equal("/a/b", restoredChild.Node.Path);
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task The_trash_counts_against_the_quota_until_purged()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/one.bin", new MemoryStream(Content.Bytes(8, 1_000)));
        await member.Client.UploadAsync("/dir/two.bin", new MemoryStream(Content.Bytes(9, 2_000)), parents: true);
        await member.Client.UploadAsync("/three.bin", new MemoryStream(Content.Bytes(10, 4_000)));

        await member.Client.DeleteAsync("/one.bin");
        await member.Client.DeleteAsync("/dir");
        var quota = (await member.Client.MeAsync()).Quota;
        Assert.Equal(7_000, quota.Used);
        Assert.Equal(3_000, quota.Trash);
        Assert.Equal(4_000, quota.Files);

        using var purge = await member.Http.DeleteAsync($"/api/v1/trash/{(await ItemAsync(member, "/dir")).Id}");
        Assert.Equal(HttpStatusCode.NoContent, purge.StatusCode);
        quota = (await member.Client.MeAsync()).Quota;
        Assert.Equal(5_000, quota.Used);
        Assert.Equal(1_000, quota.Trash);
        Assert.Equal("/one.bin", Assert.Single((await member.Client.TrashAsync()).Items).OriginalPath);
    }

    [Fact]
    public async Task A_purged_item_is_gone_for_good()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/bye.txt", new MemoryStream([1]));
        await member.Client.DeleteAsync("/bye.txt");
        var item = await ItemAsync(member, "/bye.txt");
        await member.Client.PurgeAsync(item.Id);
        var before = await DriveState.CaptureAsync(member);

        using var restore = await member.Http.PostAsync($"/api/v1/trash/{item.Id}/restore", null);
        await Problem.AssertAsync(restore, HttpStatusCode.NotFound, "not_found");
        using var purge = await member.Http.DeleteAsync($"/api/v1/trash/{item.Id}");
        await Problem.AssertAsync(purge, HttpStatusCode.NotFound, "not_found");

        await before.AssertUnchangedAsync(member);
        await AssertMissingAsync(member, "/bye.txt");
    }

    [Fact]
    public async Task Emptying_the_trash_purges_everything_and_keeps_the_live_tree()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/keep/k.txt", new MemoryStream([1]), parents: true);
        for (var i = 0; i < 4; i++)
        {
            await member.Client.UploadAsync($"/junk{i}/j.txt", new MemoryStream(Content.Bytes(i, 100)), parents: true);
            await member.Client.DeleteAsync($"/junk{i}");
        }

        var before = await DriveState.CaptureAsync(member);

        using var response = await member.Http.DeleteAsync("/api/v1/trash");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await DriveState.CaptureAsync(member);
        Assert.Empty(after.Trash);
        Assert.Equal(before.Tree, after.Tree);
        Assert.Equal(0, after.TrashBytes);
        Assert.Equal(1, after.Used);

        using var twice = await member.Http.DeleteAsync("/api/v1/trash");
        Assert.Equal(HttpStatusCode.NoContent, twice.StatusCode);
    }

    [Fact]
    public async Task Unknown_trash_ids_are_404_and_change_nothing()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/x.txt", new MemoryStream([1]));
        await member.Client.DeleteAsync("/x.txt");
        var before = await DriveState.CaptureAsync(member);

        foreach (var id in new[] { Guid.NewGuid().ToString(), Guid.Empty.ToString(), "not-a-guid", "..", "%2e%2e" })
        {
            using var restore = await Raw.SendAsync(member, HttpMethod.Post, $"/api/v1/trash/{id}/restore");
            await Problem.AssertAsync(restore, HttpStatusCode.NotFound, "not_found");
            using var purge = await Raw.SendAsync(member, HttpMethod.Delete, $"/api/v1/trash/{id}");
            Assert.Equal("not_found", await Problem.AssertClientErrorAsync(purge));
        }

        await before.AssertUnchangedAsync(member);
    }
}
