using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Storage.Collection;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>D-8: overwriting keeps earlier contents (at most Drive:MaxVersions, three here); list, download, restore.</summary>
public sealed class VersionTests(FewVersionsFactory factory) : IClassFixture<FewVersionsFactory>
{
    /// <summary>Writes the contents in order, a minute apart, as a person would.</summary>
    private async Task WriteAsync(Member member, string path, params byte[][] contents)
    {
        foreach (var content in contents)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await member.Client.UploadAsync(path, new MemoryStream(content), parents: true);
        }
    }

    private static async Task<byte[]> VersionBytesAsync(Member member, Guid id)
    {
        using var response = await member.Http.GetAsync($"/api/v1/versions/{id}/content");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Overwriting_keeps_the_previous_content_as_a_version()
    {
        var member = await Members.NewAsync(factory);
        var first = Content.Bytes(1, 1_000);
        var second = Content.Bytes(2, 2_500);
        await WriteAsync(member, "/doc.txt", first);
        var firstWrittenAt = factory.Clock.GetUtcNow();
        await WriteAsync(member, "/doc.txt", second);

        var listing = await member.Client.VersionsAsync("/doc.txt");

        Assert.Equal("/doc.txt", listing.File.Path);
        Assert.Equal(Content.Sha256(second), listing.File.Sha256);
        var version = Assert.Single(listing.Items);
        Assert.Equal(1_000, version.Size);
        Assert.Equal(Content.Sha256(first), version.Sha256);
        Assert.Equal(firstWrittenAt, version.CreatedAt);
        Assert.Equal(first, await VersionBytesAsync(member, version.Id));
        using var current = await member.Client.DownloadAsync("/doc.txt");
        Assert.Equal(second, await current.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_version_downloads_with_its_own_etag_and_ranges()
    {
        var member = await Members.NewAsync(factory);
        var old = Content.Bytes(3, 4_000);
        await WriteAsync(member, "/r.bin", old, Content.Bytes(4, 10));
        var id = Assert.Single((await member.Client.VersionsAsync("/r.bin")).Items).Id;

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/versions/{id}/content");
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var response = await member.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(old[100..200], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Content.Sha256(old)}\"", response.Headers.ETag?.ToString());
        Assert.Equal("r.bin", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task At_most_MaxVersions_are_kept_newest_first_and_only_those_count()
    {
        var member = await Members.NewAsync(factory);
        var contents = Enumerable.Range(0, 6).Select(i => Content.Bytes(10 + i, 1_000 * (i + 1))).ToArray();
        await WriteAsync(member, "/many.bin", contents);

        var listing = await member.Client.VersionsAsync("/many.bin");

        Assert.Equal(FewVersionsFactory.MaxVersions, listing.Items.Count);
        Assert.Equal(new[] { contents[4], contents[3], contents[2] }.Select(Content.Sha256), listing.Items.Select(v => v.Sha256));
        Assert.True(listing.Items.Zip(listing.Items.Skip(1)).All(p => p.First.CreatedAt > p.Second.CreatedAt));
        var me = await member.Client.MeAsync();
        Assert.Equal(6_000, me.Quota.Files);
        Assert.Equal(5_000 + 4_000 + 3_000, me.Quota.Versions);
        Assert.Equal(6_000 + 12_000, me.Quota.Used);
    }

    [Fact]
    public async Task Versions_count_in_the_quota_of_me()
    {
        var member = await Members.NewAsync(factory);
        await WriteAsync(member, "/q.bin", Content.Bytes(20, 3_000));
        Assert.Equal(3_000, (await member.Client.MeAsync()).Quota.Used);

        await WriteAsync(member, "/q.bin", Content.Bytes(21, 1_000));

        var quota = (await member.Client.MeAsync()).Quota;
        Assert.Equal(4_000, quota.Used);
        Assert.Equal(1_000, quota.Files);
        Assert.Equal(3_000, quota.Versions);
    }

    [Fact]
    public async Task Uploading_identical_bytes_creates_no_version()
    {
        var member = await Members.NewAsync(factory);
        var bytes = Content.Bytes(22, 2_000);
        await WriteAsync(member, "/same.bin", bytes);
        var before = await DriveState.CaptureAsync(member);

        await WriteAsync(member, "/same.bin", bytes);

        Assert.Empty((await member.Client.VersionsAsync("/same.bin")).Items);
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Restoring_makes_a_version_current_and_keeps_the_replaced_content()
    {
        var member = await Members.NewAsync(factory);
        var v1 = Content.Bytes(30, 1_000);
        var v2 = Content.Bytes(31, 2_000);
        var v3 = Content.Bytes(32, 3_000);
        await WriteAsync(member, "/story.txt", v1, v2, v3);
        var node = await member.Client.StatAsync("/story.txt");
        var usedBefore = (await member.Client.MeAsync()).Quota.Used;
        var oldest = (await member.Client.VersionsAsync("/story.txt")).Items.Single(v => v.Sha256 == Content.Sha256(v1));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await member.Http.PostAsync($"/api/v1/versions/{oldest.Id}/restore", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var restored = await response.Content.ReadFromJsonAsync<NodeDto>();
        Assert.Equal(node.Id, restored!.Id);
        Assert.Equal(Content.Sha256(v1), restored.Sha256);
        Assert.Equal(1_000, restored.Size);
        using (var current = await member.Client.DownloadAsync("/story.txt"))
        {
            Assert.Equal(v1, await current.Content.ReadAsByteArrayAsync());
        }

        var versions = (await member.Client.VersionsAsync("/story.txt")).Items;
        Assert.Equal([Content.Sha256(v3), Content.Sha256(v2)], versions.Select(v => v.Sha256));
        Assert.Equal(v3, await VersionBytesAsync(member, versions[0].Id));
        Assert.Equal(usedBefore, (await member.Client.MeAsync()).Quota.Used);

        using var again = await member.Http.PostAsync($"/api/v1/versions/{oldest.Id}/restore", null);
        await Problem.AssertAsync(again, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Versions_follow_a_file_that_moves()
    {
        var member = await Members.NewAsync(factory);
        await WriteAsync(member, "/old/name.txt", Content.Bytes(40, 10), Content.Bytes(41, 20));

        await member.Client.MoveAsync("/old/name.txt", "/new name.txt");

        var version = Assert.Single((await member.Client.VersionsAsync("/new name.txt")).Items);
        Assert.Equal(Content.Sha256(Content.Bytes(40, 10)), version.Sha256);
    }

    [Fact]
    public async Task Versions_of_folders_missing_files_and_bad_paths_are_refused()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/folder");
        var before = await DriveState.CaptureAsync(member);

        using (var folder = await member.Http.GetAsync("/api/v1/versions?path=" + Uri.EscapeDataString("/folder")))
        {
            await Problem.AssertAsync(folder, HttpStatusCode.Conflict, "not_a_file");
        }

        using (var missing = await member.Http.GetAsync("/api/v1/versions?path=" + Uri.EscapeDataString("/nope.txt")))
        {
            await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "not_found");
        }

        foreach (var bad in new[] { "../x", "/a/../b", "a\\b", "a//b", "/./x" })
        {
            using var response = await member.Http.GetAsync("/api/v1/versions?path=" + Uri.EscapeDataString(bad));
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid_path");
        }

        foreach (var id in new[] { Guid.NewGuid(), Guid.CreateVersion7() })
        {
            using var content = await member.Http.GetAsync($"/api/v1/versions/{id}/content");
            await Problem.AssertAsync(content, HttpStatusCode.NotFound, "not_found");
            using var restore = await member.Http.PostAsync($"/api/v1/versions/{id}/restore", null);
            await Problem.AssertAsync(restore, HttpStatusCode.NotFound, "not_found");
        }

        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Pruned_versions_release_their_blobs_and_kept_ones_survive_collection()
    {
        var member = await Members.NewAsync(factory);
        var contents = Enumerable.Range(0, 5).Select(i => Content.Bytes(50 + i, 777)).ToArray();
        await WriteAsync(member, "/pruned.bin", contents);
        Assert.All(contents, c => Assert.True(File.Exists(Disk.BlobPath(factory, Content.Sha256(c)))));

        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BlobCollector>().CollectAsync(CancellationToken.None);
        }

        Assert.False(File.Exists(Disk.BlobPath(factory, Content.Sha256(contents[0]))));
        Assert.All(contents[1..], c => Assert.True(File.Exists(Disk.BlobPath(factory, Content.Sha256(c)))));
        foreach (var version in (await member.Client.VersionsAsync("/pruned.bin")).Items)
        {
            Assert.Equal(777, (await VersionBytesAsync(member, version.Id)).Length);
        }
    }

    [Fact]
    public async Task Versions_of_a_trashed_file_cannot_be_restored_and_come_back_with_the_file()
    {
        var member = await Members.NewAsync(factory);
        await WriteAsync(member, "/t.bin", Content.Bytes(70, 10), Content.Bytes(71, 20));
        var version = Assert.Single((await member.Client.VersionsAsync("/t.bin")).Items);
        await member.Client.DeleteAsync("/t.bin");
        var before = await DriveState.CaptureAsync(member);

        using (var restore = await member.Http.PostAsync($"/api/v1/versions/{version.Id}/restore", null))
        {
            await Problem.AssertAsync(restore, HttpStatusCode.NotFound, "not_found");
        }

        await before.AssertUnchangedAsync(member);
        await member.Client.RestoreAsync(Assert.Single((await member.Client.TrashAsync()).Items).Id);
        Assert.Equal(version, Assert.Single((await member.Client.VersionsAsync("/t.bin")).Items));
        var restored = await member.Client.RestoreVersionAsync(version.Id);
        Assert.Equal(version.Sha256, restored.Sha256);
    }

    [Fact]
    public async Task Purging_a_file_from_the_trash_drops_its_versions_from_the_quota()
    {
        var member = await Members.NewAsync(factory);
        await WriteAsync(member, "/v.bin", Content.Bytes(60, 100), Content.Bytes(61, 200));
        await member.Client.DeleteAsync("/v.bin");
        var quota = (await member.Client.MeAsync()).Quota;
        Assert.Equal(300, quota.Used);
        Assert.Equal(100, quota.Versions);
        Assert.Equal(200, quota.Trash);

        await member.Client.EmptyTrashAsync();

        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Used);
        var missing = await Assert.ThrowsAsync<YunpanApiException>(() => member.Client.VersionsAsync("/v.bin"));
        Assert.Equal("not_found", missing.Code);
    }
}
