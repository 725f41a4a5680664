using System.Net;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>
/// Oversize (413 file_too_large) and over-quota (507 quota_exceeded) uploads, with and without Content-Length.
/// Plain uploads are limited to 1 MiB and the Standard plan holds 2 MB here.
/// </summary>
public sealed class UploadLimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    private const long Limit = SmallLimitsFactory.SimpleUploadLimit;
    private const long Capacity = SmallLimitsFactory.Capacity;

    private static async Task<HttpResponseMessage> PutAsync(Member member, string path, int seed, long length, bool withLength)
    {
        using var content = Content.Stream(seed, length, withLength);
        var response = await member.Http.PutAsync(UploadTests.Url(path), content);
        Assert.Equal(withLength, content.Headers.ContentLength is not null);
        return response;
    }

    /// <summary>Fills the drive to 1.8 MB of its 2 MB with two files.</summary>
    private static async Task FillAsync(Member member)
    {
        await member.Client.UploadAsync("/fill-1.bin", new MemoryStream(Content.Bytes(101, 900_000)));
        await member.Client.UploadAsync("/fill-2.bin", new MemoryStream(Content.Bytes(102, 900_000)));
    }

    private async Task AssertNothingChangedAsync(Member member, DriveState before, int blobFiles)
    {
        await before.AssertUnchangedAsync(member);
        Assert.Empty(Disk.TempFiles(factory));
        Assert.Equal(blobFiles, Disk.BlobFiles(factory).Count);
    }

    [Fact]
    public async Task The_plan_figures_are_the_configured_ones()
    {
        var member = await Members.NewAsync(factory);
        var me = await member.Client.MeAsync();
        Assert.Equal("standard", me.Plan);
        Assert.Equal(Capacity, me.Quota.Total);
        Assert.Equal(0, me.Quota.Used);
    }

    [Theory]
    [InlineData(true, Limit + 1)]
    [InlineData(false, Limit + 1)]
    [InlineData(true, 8 * Limit)]
    [InlineData(false, 8 * Limit)]
    public async Task A_plain_upload_over_the_limit_is_413_file_too_large_and_leaves_nothing(bool withLength, long length)
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/existing.txt", new MemoryStream([1, 2, 3]));
        var before = await DriveState.CaptureAsync(member);
        var blobs = Disk.BlobFiles(factory).Count;

        using var response = await PutAsync(member, "/big.bin", 200, length, withLength);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        Assert.Equal(Limit, problem.GetProperty("limit").GetInt64());
        await AssertNothingChangedAsync(member, before, blobs);
    }

    [Fact]
    public async Task A_client_that_waits_for_100_continue_is_refused_before_it_sends_the_body()
    {
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);
        using var request = new HttpRequestMessage(HttpMethod.Put, UploadTests.Url("/big.bin")) { Content = Content.Stream(206, 4 * Limit, withLength: true) };
        request.Headers.ExpectContinue = true;

        using var response = await member.Http.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        await before.AssertUnchangedAsync(member);
        Assert.Empty(Disk.TempFiles(factory));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Overwriting_with_an_oversize_body_keeps_the_old_content(bool withLength)
    {
        var member = await Members.NewAsync(factory);
        var original = Content.Bytes(203, 1_000);
        await member.Client.UploadAsync("/keep.bin", new MemoryStream(original));
        var before = await DriveState.CaptureAsync(member);
        var blobs = Disk.BlobFiles(factory).Count;

        using var response = await PutAsync(member, "/keep.bin", 204, Limit + 10, withLength);

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        await AssertNothingChangedAsync(member, before, blobs);
        using var download = await member.Client.DownloadAsync("/keep.bin");
        Assert.Equal(original, await download.Content.ReadAsByteArrayAsync());
        Assert.Empty((await member.Client.VersionsAsync("/keep.bin")).Items);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_upload_of_exactly_the_limit_is_accepted(bool withLength)
    {
        var member = await Members.NewAsync(factory);

        using var response = await PutAsync(member, "/exact.bin", 205, Limit, withLength);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Content.Sha256(205, Limit), (await member.Client.StatAsync("/exact.bin")).Sha256);
        Assert.Equal(Limit, (await member.Client.MeAsync()).Quota.Used);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_upload_over_the_quota_is_507_quota_exceeded_and_leaves_nothing(bool withLength)
    {
        var member = await Members.NewAsync(factory);
        await FillAsync(member);
        var before = await DriveState.CaptureAsync(member);
        Assert.Equal(1_800_000, before.Used);
        var blobs = Disk.BlobFiles(factory).Count;

        using var response = await PutAsync(member, "/one-too-many.bin", 300, 500_000, withLength);

        var problem = await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
        Assert.Equal(Capacity, problem.GetProperty("total").GetInt64());
        Assert.Equal(1_800_000, problem.GetProperty("used").GetInt64());
        await AssertNothingChangedAsync(member, before, blobs);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task What_still_fits_is_accepted_up_to_the_last_byte(bool withLength)
    {
        var member = await Members.NewAsync(factory);
        await FillAsync(member);

        using var response = await PutAsync(member, "/last.bin", 301, Capacity - 1_800_000, withLength);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Capacity, (await member.Client.MeAsync()).Quota.Used);

        var before = await DriveState.CaptureAsync(member);
        using var empty = await PutAsync(member, "/one-more.bin", 302, 1, withLength);
        await Problem.AssertAsync(empty, (HttpStatusCode)507, "quota_exceeded");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Concurrent_uploads_that_fit_one_by_one_but_not_together_never_exceed_the_quota()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/base.bin", new MemoryStream(Content.Bytes(500, 1_000_000)));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            using var response = await PutAsync(member, $"/racer-{i}.bin", 510 + i, 600_000, withLength: true);
            if (!response.IsSuccessStatusCode)
            {
                await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
            }

            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(1_600_000, (await member.Client.MeAsync()).Quota.Used);
        Assert.Equal(2, (await DriveState.CaptureAsync(member)).Tree.Count);
        Assert.Empty(Disk.TempFiles(factory));
    }

    [Fact]
    public async Task Overwriting_needs_room_for_the_new_content_because_the_old_one_becomes_a_version()
    {
        var member = await Members.NewAsync(factory);
        await FillAsync(member);
        var before = await DriveState.CaptureAsync(member);

        using var response = await PutAsync(member, "/fill-1.bin", 303, 300_000, withLength: true);

        await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
        await before.AssertUnchangedAsync(member);
        Assert.Empty((await member.Client.VersionsAsync("/fill-1.bin")).Items);
    }

    [Fact]
    public async Task The_trash_counts_against_the_quota_until_it_is_emptied()
    {
        var member = await Members.NewAsync(factory);
        await FillAsync(member);
        await member.Client.DeleteAsync("/fill-1.bin");
        var me = await member.Client.MeAsync();
        Assert.Equal(1_800_000, me.Quota.Used);
        Assert.Equal(900_000, me.Quota.Trash);
        Assert.Equal(900_000, me.Quota.Files);
        var before = await DriveState.CaptureAsync(member);

        using (var refused = await PutAsync(member, "/after-delete.bin", 304, 500_000, withLength: true))
        {
            await Problem.AssertAsync(refused, (HttpStatusCode)507, "quota_exceeded");
        }

        await before.AssertUnchangedAsync(member);
        await member.Client.EmptyTrashAsync();
        Assert.Equal(900_000, (await member.Client.MeAsync()).Quota.Used);

        using var accepted = await PutAsync(member, "/after-delete.bin", 304, 500_000, withLength: true);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_copy_that_does_not_fit_is_507_and_copies_nothing()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/album/a.bin", new MemoryStream(Content.Bytes(401, 700_000)), parents: true);
        await member.Client.UploadAsync("/album/b.bin", new MemoryStream(Content.Bytes(402, 400_000)));
        var before = await DriveState.CaptureAsync(member);

        using var folder = await Raw.PostJsonAsync(member, "/api/v1/copy", """{"from":"/album","to":"/album copy"}""");
        await Problem.AssertAsync(folder, (HttpStatusCode)507, "quota_exceeded");
        await before.AssertUnchangedAsync(member);

        var copy = await member.Client.CopyAsync("/album/b.bin", "/b copy.bin");
        Assert.Equal(1_500_000, (await member.Client.MeAsync()).Quota.Used);
        before = await DriveState.CaptureAsync(member);

        using var file = await Raw.PostJsonAsync(member, "/api/v1/copy", """{"from":"/album/a.bin","to":"/a copy.bin"}""");
        await Problem.AssertAsync(file, (HttpStatusCode)507, "quota_exceeded");
        await before.AssertUnchangedAsync(member);
        Assert.Equal("/b copy.bin", copy.Path);
    }
}
