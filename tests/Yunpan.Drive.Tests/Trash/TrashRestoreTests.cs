using System.Text;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Drive.Tests.Infrastructure;

namespace Yunpan.Drive.Tests.Trash;

/// <summary>D-6 restore rules, against a real database.</summary>
public sealed class TrashRestoreTests : IAsyncLifetime
{
    private static readonly Guid Member = Guid.CreateVersion7();
    private DriveHarness _drive = null!;

    public async Task InitializeAsync() => _drive = await DriveHarness.StartAsync();

    public async Task DisposeAsync() => await _drive.DisposeAsync();

    [Fact]
    public async Task Deleting_moves_a_file_to_the_trash_with_its_original_path()
    {
        await _drive.UploadAsync(Member, "/docs/a.txt", Bytes("alpha"));
        var item = await _drive.DeleteAsync(Member, "/docs/a.txt");

        Assert.Null(await _drive.NodeAsync(Member, "/docs/a.txt"));
        var trash = await _drive.TrashAsync(Member);
        var entry = Assert.Single(trash.Items);
        Assert.Equal(item, entry.Id);
        Assert.Equal("a.txt", entry.Name);
        Assert.Equal("/docs/a.txt", entry.OriginalPath);
        Assert.Equal(NodeKinds.File, entry.Kind);
        Assert.Equal(5, entry.Size);
    }

    [Fact]
    public async Task A_file_comes_back_to_its_original_path_with_its_content()
    {
        var uploaded = await _drive.UploadAsync(Member, "/docs/a.txt", Bytes("alpha"));
        var item = await _drive.DeleteAsync(Member, "/docs/a.txt");

        var restored = await _drive.RestoreAsync(Member, item);

        Assert.Equal("/docs/a.txt", restored.Node.Path);
        Assert.Equal("/docs/a.txt", restored.Item.OriginalPath);
        Assert.Equal(uploaded.Node.Id, restored.Node.Id);
        Assert.Equal(uploaded.Node.Sha256, (await _drive.NodeAsync(Member, "/docs/a.txt"))!.Sha256);
        Assert.Empty((await _drive.TrashAsync(Member)).Items);
    }

    [Fact]
    public async Task A_folder_comes_back_with_its_whole_subtree()
    {
        await _drive.UploadAsync(Member, "/f/g/h.txt", Bytes("h"));
        await _drive.UploadAsync(Member, "/f/i.txt", Bytes("i"));
        await _drive.MkdirAsync(Member, "/f/empty");
        var before = await _drive.TreeAsync(Member);

        var item = await _drive.DeleteAsync(Member, "/f");
        Assert.Empty(await _drive.TreeAsync(Member));
        Assert.Equal(2, Assert.Single((await _drive.TrashAsync(Member)).Items).Size);

        var restored = await _drive.RestoreAsync(Member, item);
        Assert.Equal("/f", restored.Node.Path);
        Assert.Equal(before, await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Missing_parents_are_created_again()
    {
        await _drive.UploadAsync(Member, "/a/b/c.txt", Bytes("c"));
        var item = await _drive.DeleteAsync(Member, "/a/b/c.txt");
        await _drive.MoveAsync(Member, "/a", "/z"); // the original parents are gone

        var restored = await _drive.RestoreAsync(Member, item);

        Assert.Equal("/a/b/c.txt", restored.Node.Path);
        Assert.Equal(["/a/", "/a/b/", "/a/b/c.txt", "/z/", "/z/b/"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Parents_are_recreated_after_they_were_purged()
    {
        await _drive.UploadAsync(Member, "/a/b/c.txt", Bytes("c"));
        var file = await _drive.DeleteAsync(Member, "/a/b/c.txt");
        var folder = await _drive.DeleteAsync(Member, "/a");
        await _drive.PurgeAsync(Member, folder);

        var restored = await _drive.RestoreAsync(Member, file);

        Assert.Equal("/a/b/c.txt", restored.Node.Path);
        Assert.Equal(["/a/", "/a/b/", "/a/b/c.txt"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task A_taken_name_gives_name_1_and_never_overwrites()
    {
        var first = await _drive.UploadAsync(Member, "/a.txt", Bytes("first"));
        var item1 = await _drive.DeleteAsync(Member, "/a.txt");
        var second = await _drive.UploadAsync(Member, "/a.txt", Bytes("second"));
        var item2 = await _drive.DeleteAsync(Member, "/a.txt");
        var third = await _drive.UploadAsync(Member, "/a.txt", Bytes("third"));

        var restored1 = await _drive.RestoreAsync(Member, item1);
        var restored2 = await _drive.RestoreAsync(Member, item2);

        Assert.Equal("/a (1).txt", restored1.Node.Path);
        Assert.Equal("a (1).txt", restored1.Node.Name);
        Assert.Equal("/a (2).txt", restored2.Node.Path);
        Assert.Equal(third.Node.Sha256, (await _drive.NodeAsync(Member, "/a.txt"))!.Sha256);
        Assert.Equal(first.Node.Sha256, (await _drive.NodeAsync(Member, "/a (1).txt"))!.Sha256);
        Assert.Equal(second.Node.Sha256, (await _drive.NodeAsync(Member, "/a (2).txt"))!.Sha256);
    }

    [Fact]
    public async Task A_folder_on_a_taken_name_comes_back_as_name_1_with_its_content()
    {
        await _drive.UploadAsync(Member, "/photos/x.jpg", Bytes("x"));
        var item = await _drive.DeleteAsync(Member, "/photos");
        await _drive.UploadAsync(Member, "/photos/y.jpg", Bytes("y"));

        var restored = await _drive.RestoreAsync(Member, item);

        Assert.Equal("/photos (1)", restored.Node.Path);
        Assert.Equal(["/photos (1)/", "/photos (1)/x.jpg", "/photos/", "/photos/y.jpg"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task A_file_in_the_way_of_a_parent_gets_a_renamed_folder_beside_it()
    {
        await _drive.UploadAsync(Member, "/a/b.txt", Bytes("b"));
        var item = await _drive.DeleteAsync(Member, "/a/b.txt");
        await _drive.DeleteAsync(Member, "/a");
        await _drive.UploadAsync(Member, "/a", Bytes("a file named a"));

        var restored = await _drive.RestoreAsync(Member, item);

        Assert.Equal("/a (1)/b.txt", restored.Node.Path);
        Assert.Equal(["/a", "/a (1)/", "/a (1)/b.txt"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Nested_deletions_restore_inner_then_outer()
    {
        await _drive.UploadAsync(Member, "/a/b/c.txt", Bytes("c"));
        await _drive.UploadAsync(Member, "/a/d.txt", Bytes("d"));
        var inner = await _drive.DeleteAsync(Member, "/a/b/c.txt");
        var outer = await _drive.DeleteAsync(Member, "/a");

        // The inner file goes back first: its parents are recreated, so the outer folder then finds "/a" taken.
        Assert.Equal("/a/b/c.txt", (await _drive.RestoreAsync(Member, inner)).Node.Path);
        Assert.Equal("/a (1)", (await _drive.RestoreAsync(Member, outer)).Node.Path);

        Assert.Equal(["/a (1)/", "/a (1)/b/", "/a (1)/d.txt", "/a/", "/a/b/", "/a/b/c.txt"], await _drive.TreeAsync(Member));
        Assert.Empty((await _drive.TrashAsync(Member)).Items);
    }

    [Fact]
    public async Task Nested_deletions_restore_outer_then_inner_to_the_original_tree()
    {
        await _drive.UploadAsync(Member, "/a/b/c.txt", Bytes("c"));
        await _drive.UploadAsync(Member, "/a/d.txt", Bytes("d"));
        var original = await _drive.TreeAsync(Member);
        var inner = await _drive.DeleteAsync(Member, "/a/b/c.txt");
        var outer = await _drive.DeleteAsync(Member, "/a");

        Assert.Equal("/a", (await _drive.RestoreAsync(Member, outer)).Node.Path);
        Assert.Equal(["/a/", "/a/b/", "/a/d.txt"], await _drive.TreeAsync(Member)); // c.txt was deleted on its own
        Assert.Equal("/a/b/c.txt", (await _drive.RestoreAsync(Member, inner)).Node.Path);

        Assert.Equal(original, await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Two_deletions_of_the_same_folder_path_stay_apart()
    {
        await _drive.UploadAsync(Member, "/a/old.txt", Bytes("old"));
        var first = await _drive.DeleteAsync(Member, "/a");
        await _drive.UploadAsync(Member, "/a/new.txt", Bytes("new"));
        var second = await _drive.DeleteAsync(Member, "/a");

        await _drive.RestoreAsync(Member, second);
        await _drive.RestoreAsync(Member, first);

        Assert.Equal(["/a (1)/", "/a (1)/old.txt", "/a/", "/a/new.txt"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Restoring_changes_no_usage_because_the_trash_counts()
    {
        await _drive.UploadAsync(Member, "/f/a.bin", new byte[300]);
        var item = await _drive.DeleteAsync(Member, "/f");
        await _drive.UploadAsync(Member, "/g.bin", new byte[100]);
        var before = await _drive.UsageAsync(Member);
        Assert.Equal(300, before.Trash);

        await _drive.RestoreAsync(Member, item);

        var after = await _drive.UsageAsync(Member);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(0, after.Trash);
        Assert.Equal(400, after.Files);
    }

    [Fact]
    public async Task Another_members_item_is_not_found_and_stays_in_their_trash()
    {
        var other = Guid.CreateVersion7();
        await _drive.UploadAsync(other, "/secret.txt", Bytes("secret"));
        var item = await _drive.DeleteAsync(other, "/secret.txt");

        var e = await Assert.ThrowsAsync<DomainException>(() => _drive.RestoreAsync(Member, item));
        Assert.Equal(404, e.Status);
        Assert.Equal(ErrorCodes.NotFound, e.Code);
        var purge = await Assert.ThrowsAsync<DomainException>(() => _drive.PurgeAsync(Member, item));
        Assert.Equal(404, purge.Status);

        Assert.Single((await _drive.TrashAsync(other)).Items);
        Assert.Empty(await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Unknown_and_purged_items_are_not_found()
    {
        await _drive.UploadAsync(Member, "/a.txt", Bytes("a"));
        var item = await _drive.DeleteAsync(Member, "/a.txt");
        await _drive.PurgeAsync(Member, item);

        Assert.Equal(404, (await Assert.ThrowsAsync<DomainException>(() => _drive.RestoreAsync(Member, item))).Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<DomainException>(() => _drive.RestoreAsync(Member, Guid.CreateVersion7()))).Status);
        Assert.Empty(await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task Restoring_twice_is_not_found_the_second_time()
    {
        await _drive.UploadAsync(Member, "/a.txt", Bytes("a"));
        var item = await _drive.DeleteAsync(Member, "/a.txt");
        await _drive.RestoreAsync(Member, item);

        Assert.Equal(404, (await Assert.ThrowsAsync<DomainException>(() => _drive.RestoreAsync(Member, item))).Status);
        Assert.Equal(["/a.txt"], await _drive.TreeAsync(Member));
    }

    [Fact]
    public async Task A_long_name_on_a_taken_name_still_comes_back_addressable()
    {
        var name = new string('n', 251) + ".txt"; // 255 bytes: "name (1)" must give up part of the stem
        await _drive.UploadAsync(Member, "/" + name, Bytes("first"));
        var item = await _drive.DeleteAsync(Member, "/" + name);
        await _drive.UploadAsync(Member, "/" + name, Bytes("second"));

        var restored = await _drive.RestoreAsync(Member, item);

        Assert.EndsWith(" (1).txt", restored.Node.Name, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(restored.Node.Name) <= 255);
        Assert.NotNull(await _drive.NodeAsync(Member, restored.Node.Path)); // parses as a valid drive path again
    }

    [Fact]
    public async Task Purging_a_folder_leaves_nothing_of_it()
    {
        await _drive.UploadAsync(Member, "/f/a.txt", Bytes("a"));
        await _drive.UploadAsync(Member, "/f/a.txt", Bytes("a, changed")); // with a version
        await _drive.DeleteAsync(Member, "/f");

        Assert.Equal(1, await _drive.EmptyTrashAsync(Member));

        Assert.Empty((await _drive.TrashAsync(Member)).Items);
        Assert.Equal(0, (await _drive.UsageAsync(Member)).Total);
        Assert.Empty(await _drive.TreeAsync(Member));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
