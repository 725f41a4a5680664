using System.Net;
using System.Net.Http.Headers;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>What a finished resumable upload becomes: a file in the drive, a new version, a concatenation; and the quota
/// reservation that an upload holds while it is in progress.</summary>
public sealed class TusUploadTests(TusFactory factory) : IClassFixture<TusFactory>
{
    [Fact]
    public async Task A_completed_upload_is_a_file_with_the_right_hash_named_in_the_last_response()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(10, 700_001);
        var url = await Tus.StartAsync(member, "/photos/2026/my photo.bin", content.Length);
        Assert.Equal(content.Length, (await member.Client.MeAsync()).Quota.Uploads);

        using var last = await Tus.SendAllAsync(member, url, content, 256 * 1024);

        var stat = await member.Client.StatAsync("/photos/2026/my photo.bin");
        Assert.Equal(stat.Id.ToString(), Tus.Header(last, "Yunpan-File-Id"));
        Assert.Equal("/photos/2026/my photo.bin", Uri.UnescapeDataString(Tus.Header(last, "Yunpan-File-Path")!));
        Assert.Equal(Content.Sha256(content), stat.Sha256);
        Assert.Equal(content.Length, stat.Size);
        using (var download = await member.Client.DownloadAsync("/photos/2026/my photo.bin"))
        {
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        }

        var me = await member.Client.MeAsync();
        Assert.Equal(0, me.Quota.Uploads);
        Assert.Equal(content.Length, me.Quota.Files);
        Assert.Equal(content.Length, me.Quota.Used);
        Assert.False(File.Exists(Tus.StagingPath(factory, url)));
        using var head = await Tus.HeadAsync(member, url);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Nothing_is_visible_in_the_drive_before_the_last_byte()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(11, 10_000);
        var url = await Tus.StartAsync(member, "/late.bin", content.Length);
        using (var patch = await Tus.PatchAsync(member, url, 0, content[..9_999]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        await Tus.AssertAbsentAsync(member, "/late.bin");
        Assert.Empty((await member.Client.ListAsync("/")).Items);

        using var last = await Tus.PatchAsync(member, url, 9_999, content[9_999..]);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/late.bin")).Sha256);
    }

    [Fact]
    public async Task An_upload_onto_an_existing_file_makes_the_old_content_a_version()
    {
        var member = await Members.NewAsync(factory);
        var old = Content.Bytes(12, 1_000);
        await member.Client.UploadAsync("/doc.bin", new MemoryStream(old));
        var content = Content.Bytes(13, 5_000);
        var url = await Tus.StartAsync(member, "/doc.bin", content.Length);

        using var last = await Tus.SendAllAsync(member, url, content, 5_000);

        var versions = await member.Client.VersionsAsync("/doc.bin");
        Assert.Equal(Content.Sha256(content), versions.File.Sha256);
        Assert.Equal(Content.Sha256(old), Assert.Single(versions.Items).Sha256);
        Assert.Equal(versions.File.Id.ToString(), Tus.Header(last, "Yunpan-File-Id"));
        var me = await member.Client.MeAsync();
        Assert.Equal(6_000, me.Quota.Used);
        Assert.Equal(0, me.Quota.Uploads);
    }

    [Fact]
    public async Task With_autorename_the_existing_file_is_kept_and_the_upload_gets_a_new_name()
    {
        var member = await Members.NewAsync(factory);
        var old = Content.Bytes(14, 1_000);
        await member.Client.UploadAsync("/doc.bin", new MemoryStream(old));
        var content = Content.Bytes(15, 2_000);
        var url = await Tus.StartAsync(member, "/doc.bin", content.Length, ("autorename", "true"));

        using var last = await Tus.SendAllAsync(member, url, content, 2_000);

        var path = Uri.UnescapeDataString(Tus.Header(last, "Yunpan-File-Path")!);
        Assert.NotEqual("/doc.bin", path);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync(path)).Sha256);
        Assert.Equal(Content.Sha256(old), (await member.Client.StatAsync("/doc.bin")).Sha256);
        Assert.Empty((await member.Client.VersionsAsync("/doc.bin")).Items);
    }

    [Fact]
    public async Task A_zero_length_upload_completes_at_creation()
    {
        var member = await Members.NewAsync(factory);

        using var response = await Tus.CreateAsync(member, 0, Tus.Metadata(("filename", "empty.txt"), ("folder", "/e")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("0", Tus.Header(response, "Upload-Offset"));
        var stat = await member.Client.StatAsync("/e/empty.txt");
        Assert.Equal(stat.Id.ToString(), Tus.Header(response, "Yunpan-File-Id"));
        Assert.Equal(0, stat.Size);
        Assert.Equal(Content.Sha256([]), stat.Sha256);
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
        Assert.False(File.Exists(Tus.StagingPath(factory, response.Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task Creation_with_upload_takes_the_first_chunk_in_the_post()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(16, 50_000);

        using var response = await Tus.CreateAsync(member, content.Length, Tus.Metadata(("filename", "cwu.bin")), r =>
        {
            r.Content = new ByteArrayContent(content[..20_000]);
            r.Content.Headers.ContentType = new MediaTypeHeaderValue(Tus.OffsetType);
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("20000", Tus.Header(response, "Upload-Offset"));
        var url = response.Headers.Location!.OriginalString;
        Assert.Equal(20_000, await Tus.OffsetAsync(member, url));
        using var last = await Tus.SendAllAsync(member, url, content, 30_000, from: 20_000);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/cwu.bin")).Sha256);
    }

    [Fact]
    public async Task Creation_with_the_whole_upload_completes_in_the_post()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(17, 30_000);

        using var response = await Tus.CreateAsync(member, content.Length, Tus.Metadata(("filename", "whole.bin")), r =>
        {
            r.Content = new ByteArrayContent(content);
            r.Content.Headers.ContentType = new MediaTypeHeaderValue(Tus.OffsetType);
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("30000", Tus.Header(response, "Upload-Offset"));
        var stat = await member.Client.StatAsync("/whole.bin");
        Assert.Equal(stat.Id.ToString(), Tus.Header(response, "Yunpan-File-Id"));
        Assert.Equal(Content.Sha256(content), stat.Sha256);
    }

    [Fact]
    public async Task An_upload_in_progress_reserves_its_length_so_a_second_that_only_fits_alone_is_refused()
    {
        var member = await Members.NewAsync(factory);
        var first = await Tus.StartAsync(member, "/one.bin", 1_200_000);
        Assert.Equal(1_200_000, (await member.Client.MeAsync()).Quota.Used);

        using (var second = await Tus.CreateAsync(member, 1_200_000, Tus.Metadata(("filename", "two.bin"))))
        {
            await Problem.AssertAsync(second, (HttpStatusCode)507, "quota_exceeded");
        }

        // A plain upload cannot take the reserved room either.
        var refused = await Assert.ThrowsAsync<Yunpan.Client.YunpanApiException>(
            () => member.Client.UploadAsync("/plain.bin", new MemoryStream(Content.Bytes(18, 900_000))));
        Assert.Equal("quota_exceeded", refused.Code);

        using (var delete = await Tus.DeleteAsync(member, first))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
        var content = Content.Bytes(19, 1_200_000);
        var again = await Tus.StartAsync(member, "/two.bin", content.Length);
        using var last = await Tus.SendAllAsync(member, again, content, 600_000);
        var me = await member.Client.MeAsync();
        Assert.Equal(1_200_000, me.Quota.Used);
        Assert.Equal(0, me.Quota.Uploads);
    }

    [Fact]
    public async Task Parallel_creations_that_fit_one_by_one_but_not_together_reserve_no_more_than_the_quota()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/base.bin", new MemoryStream(Content.Bytes(20, 1_000_000)));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            using var response = await Tus.CreateAsync(member, 600_000, Tus.Metadata(("filename", $"racer-{i}.bin")));
            if (response.StatusCode != HttpStatusCode.Created)
            {
                await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
            }

            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        var me = await member.Client.MeAsync();
        Assert.Equal(600_000, me.Quota.Uploads);
        Assert.Equal(1_600_000, me.Quota.Used);
    }

    [Fact]
    public async Task Parts_sent_in_parallel_are_joined_by_a_final_upload_byte_for_byte()
    {
        var member = await Members.NewAsync(factory);
        // 1.2 MB in parts of a 2 MB plan: the final must take the parts' reservation over, not add to it.
        int[] sizes = [400_000, 399_999, 400_001];
        var parts = sizes.Select((size, i) => Content.Bytes(30 + i, size)).ToArray();
        var urls = await Task.WhenAll(parts.Select(p => Tus.StartPartAsync(member, p.Length)));
        Assert.Equal(1_200_000, (await member.Client.MeAsync()).Quota.Uploads);

        await Task.WhenAll(parts.Select(async (p, i) =>
        {
            using var last = await Tus.SendAllAsync(member, urls[i], p, 128 * 1024);
            Assert.Null(Tus.Header(last, "Yunpan-File-Id"));
            Assert.Equal("partial", Tus.Header(last, "Upload-Concat"));
        }));
        Assert.Empty((await member.Client.ListAsync("/")).Items);

        using var final = await Tus.CreateAsync(member, null, Tus.Metadata(("filename", "joined.bin"), ("folder", "/big")),
            r => r.Headers.Add("Upload-Concat", "final;" + string.Join(' ', urls)));

        Assert.True(final.StatusCode == HttpStatusCode.Created, await final.Content.ReadAsStringAsync());
        Assert.Equal("1200000", Tus.Header(final, "Upload-Offset"));
        var whole = parts.SelectMany(p => p).ToArray();
        var stat = await member.Client.StatAsync("/big/joined.bin");
        Assert.Equal(stat.Id.ToString(), Tus.Header(final, "Yunpan-File-Id"));
        Assert.Equal(Content.Sha256(whole), stat.Sha256);
        using (var download = await member.Client.DownloadAsync("/big/joined.bin"))
        {
            Assert.Equal(whole, await download.Content.ReadAsByteArrayAsync());
        }

        foreach (var url in urls)
        {
            using var head = await Tus.HeadAsync(member, url);
            Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
            Assert.False(File.Exists(Tus.StagingPath(factory, url)));
        }

        Assert.False(File.Exists(Tus.StagingPath(factory, final.Headers.Location!.OriginalString)));
        var me = await member.Client.MeAsync();
        Assert.Equal(0, me.Quota.Uploads);
        Assert.Equal(1_200_000, me.Quota.Used);
    }

    [Fact]
    public async Task A_final_upload_with_an_unfinished_part_is_400_and_the_parts_stay()
    {
        var member = await Members.NewAsync(factory);
        var done = await Tus.StartPartAsync(member, 100);
        var unfinished = await Tus.StartPartAsync(member, 100);
        using (var patch = await Tus.PatchAsync(member, done, 0, new byte[100]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        using (var patch = await Tus.PatchAsync(member, unfinished, 0, new byte[50]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        using var final = await Tus.CreateAsync(member, null, Tus.Metadata(("filename", "joined.bin")),
            r => r.Headers.Add("Upload-Concat", $"final;{done} {unfinished}"));

        await Problem.AssertAsync(final, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(100, await Tus.OffsetAsync(member, done));
        Assert.Equal(50, await Tus.OffsetAsync(member, unfinished));
        Assert.Equal(200, (await member.Client.MeAsync()).Quota.Uploads);
        Assert.Empty((await member.Client.ListAsync("/")).Items);
    }

    [Fact]
    public async Task A_final_upload_with_another_members_or_an_unknown_part_is_404()
    {
        var member = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        var mine = await Tus.StartPartAsync(member, 10);
        var theirs = await Tus.StartPartAsync(other, 10);
        foreach (var (who, url) in new[] { (member, mine), (other, theirs) })
        {
            using var patch = await Tus.PatchAsync(who, url, 0, new byte[10]);
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        foreach (var foreign in new[] { theirs, $"{Tus.Base}/{Guid.NewGuid():N}" })
        {
            using var final = await Tus.CreateAsync(member, null, Tus.Metadata(("filename", "joined.bin")),
                r => r.Headers.Add("Upload-Concat", $"final;{mine} {foreign}"));
            await Problem.AssertAsync(final, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(10, await Tus.OffsetAsync(member, mine));
        Assert.Equal(10, await Tus.OffsetAsync(other, theirs));
        Assert.Empty((await member.Client.ListAsync("/")).Items);
    }

    [Fact]
    public async Task A_final_upload_with_an_upload_length_or_a_plain_upload_as_part_is_400()
    {
        var member = await Members.NewAsync(factory);
        var part = await Tus.StartPartAsync(member, 10);
        var plain = await Tus.StartAsync(member, "/plain.bin", 10);
        foreach (var url in new[] { part, plain })
        {
            using var patch = await Tus.PatchAsync(member, url, 0, new byte[9]);
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        using (var patch = await Tus.PatchAsync(member, part, 9, new byte[1]))
        {
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        }

        using (var withLength = await Tus.CreateAsync(member, 10, Tus.Metadata(("filename", "j.bin")), r => r.Headers.Add("Upload-Concat", $"final;{part}")))
        {
            await Problem.AssertAsync(withLength, HttpStatusCode.BadRequest, "validation_failed");
        }

        using (var withPlain = await Tus.CreateAsync(member, null, Tus.Metadata(("filename", "j.bin")), r => r.Headers.Add("Upload-Concat", $"final;{part} {plain}")))
        {
            await Problem.AssertAsync(withPlain, HttpStatusCode.BadRequest, "validation_failed");
        }

        Assert.Equal(10, await Tus.OffsetAsync(member, part));
        Assert.Equal(9, await Tus.OffsetAsync(member, plain));
    }

    [Fact]
    public async Task A_client_that_aborts_mid_patch_keeps_what_arrived_and_resumes_to_a_correct_file()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(40, 1_400_000);
        var url = await Tus.StartAsync(member, "/resumed.bin", content.Length);
        using (var first = await Tus.PatchAsync(member, url, 0, content[..100_000]))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        }

        // A body that sends 600 kB and then stalls until the client gives up.
        using var abort = new CancellationTokenSource();
        var body = new StallingStream(content.AsMemory(100_000, 600_000));
        var content1 = new StreamContent(body, 64 * 1024);
        content1.Headers.ContentType = new MediaTypeHeaderValue(Tus.OffsetType);
        content1.Headers.ContentLength = content.Length - 100_000;
        using var request = Tus.Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", "100000");
        request.Content = content1;
        var sending = member.Http.SendAsync(request, abort.Token);
        await body.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        var offset = await SettledOffsetAsync(member, url, 100_000);
        Assert.InRange(offset, 100_001, 700_000);
        await Tus.AssertAbsentAsync(member, "/resumed.bin");

        using var last = await Tus.SendAllAsync(member, url, content, 400_000, from: offset);
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/resumed.bin")).Sha256);
        using var download = await member.Client.DownloadAsync("/resumed.bin");
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
    }

    [Fact]
    public async Task A_second_patch_while_a_checksummed_chunk_streams_waits_for_it_instead_of_failing()
    {
        var member = await Members.NewAsync(factory);
        var content = Content.Bytes(41, 400_000);
        var url = await Tus.StartAsync(member, "/turns.bin", content.Length);

        // The first PATCH announces a checksum, sends part of its chunk and stalls while holding the upload.
        using var abort = new CancellationTokenSource();
        var body = new StallingStream(content.AsMemory(0, 100_000));
        using var request = Tus.Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", "0");
        request.Headers.Add("Upload-Checksum", "sha256 " + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(content)));
        request.Content = new StreamContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(Tus.OffsetType);
        request.Content.Headers.ContentLength = content.Length;
        var stalled = member.Http.SendAsync(request, abort.Token);
        await body.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300);

        var second = Tus.PatchAsync(member, url, 0, content);
        await Task.Delay(500);
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stalled);

        using var response = await second;
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Content.Sha256(content), (await member.Client.StatAsync("/turns.bin")).Sha256);
    }

    /// <summary>HEAD until the server has recorded more than <paramref name="previous"/> and the figure holds still.</summary>
    private static async Task<long> SettledOffsetAsync(Member member, string url, long previous)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        long last = -1;
        while (DateTime.UtcNow < deadline)
        {
            var offset = await Tus.OffsetAsync(member, url);
            if (offset > previous && offset == last)
            {
                return offset;
            }

            last = offset;
            await Task.Delay(200);
        }

        Assert.Fail($"The offset stayed at {last}; the bytes that arrived before the abort were not kept.");
        return last;
    }
}

/// <summary>Gives out its bytes, then signals <see cref="Stalled"/> and waits until the request is cancelled.</summary>
internal sealed class StallingStream(ReadOnlyMemory<byte> bytes) : Stream
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _position;

    public Task Stalled => _stalled.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < bytes.Length)
        {
            var n = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        _stalled.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
