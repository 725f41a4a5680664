using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Drive.Tests.Infrastructure;

namespace Yunpan.Drive.Tests.Quotas;

/// <summary>D-2, D-6, D-8: what counts against the quota and what is refused, against a real database and blob store.
/// The plan here has a capacity of 1000 bytes and a single-file limit of 600.</summary>
public sealed class QuotaUsageTests : IAsyncLifetime
{
    private static readonly Guid Member = Guid.CreateVersion7();
    private DriveHarness _drive = null!;

    public async Task InitializeAsync() => _drive = await DriveHarness.StartAsync(capacity: 1000, maxUpload: 600);

    public async Task DisposeAsync() => await _drive.DisposeAsync();

    [Fact]
    public async Task A_new_member_uses_nothing()
    {
        var usage = await _drive.UsageAsync(Member);
        Assert.Equal(new(0, 0, 0, 0), usage);
        Assert.Equal(0, usage.Total);
    }

    [Fact]
    public async Task Files_versions_and_trash_all_count()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        Assert.Equal(new(100, 0, 0, 0), await _drive.UsageAsync(Member));

        await _drive.UploadAsync(Member, "/a.bin", Content(50, 2)); // overwrite: the 100 bytes become a version
        Assert.Equal(new(50, 100, 0, 0), await _drive.UsageAsync(Member));

        await _drive.UploadAsync(Member, "/dir/b.bin", Content(30, 3));
        await _drive.DeleteAsync(Member, "/dir"); // a folder's files count as trash
        await _drive.DeleteAsync(Member, "/a.bin"); // a trashed file keeps its versions
        var usage = await _drive.UsageAsync(Member);
        Assert.Equal(new(0, 100, 80, 0), usage);
        Assert.Equal(180, usage.Total);

        await _drive.EmptyTrashAsync(Member);
        Assert.Equal(new(0, 0, 0, 0), await _drive.UsageAsync(Member));
    }

    [Fact]
    public async Task The_same_bytes_again_add_no_version()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        var again = await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        Assert.False(again.Created);
        Assert.Equal(new(100, 0, 0, 0), await _drive.UsageAsync(Member));
    }

    [Fact]
    public async Task Copies_count_even_though_no_byte_is_copied()
    {
        var original = await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        await _drive.CopyAsync(Member, "/a.bin", "/b.bin");

        Assert.Equal(200, (await _drive.UsageAsync(Member)).Files);
        Assert.Single(_drive.BlobFiles());
        Assert.Equal(2, await _drive.RefCountAsync(original.Node.Sha256!));
    }

    [Fact]
    public async Task Versions_beyond_the_kept_count_stop_counting()
    {
        await using var drive = await _drive.ReconfigureAsync(capacity: 1000, maxVersions: 2);
        for (byte i = 1; i <= 5; i++)
        {
            await drive.UploadAsync(Member, "/a.bin", Content(10 * i, i));
            drive.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Current: 50 bytes; kept versions: the two latest earlier contents, 40 and 30 bytes.
        Assert.Equal(new(50, 70, 0, 0), await drive.UsageAsync(Member));
    }

    [Fact]
    public async Task An_exact_fit_is_accepted_and_a_full_drive_still_takes_an_empty_file()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        await _drive.UploadAsync(Member, "/b.bin", Content(400, 2));
        Assert.Equal(1000, (await _drive.UsageAsync(Member)).Total);

        var empty = await _drive.UploadAsync(Member, "/empty.txt", []);
        Assert.Equal(0, empty.Node.Size);
    }

    [Fact]
    public async Task One_byte_too_many_is_refused_with_507_and_leaves_nothing()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        var blobs = _drive.BlobFiles();

        var e = await Assert.ThrowsAsync<DomainException>(() => _drive.UploadAsync(Member, "/b.bin", Content(401, 2)));

        Assert.Equal(507, e.Status);
        Assert.Equal(ErrorCodes.QuotaExceeded, e.Code);
        Assert.Equal(600L, e.Details["used"]);
        Assert.Equal(1000L, e.Details["total"]);
        Assert.Equal(401L, e.Details["needed"]);
        Assert.Equal(1L, e.Details["toFree"]);
        await AssertNothingLeftAsync("/b.bin", blobs);
    }

    [Fact]
    public async Task Without_a_length_the_quota_is_enforced_while_streaming()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        var blobs = _drive.BlobFiles();

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            _drive.UploadAsync(Member, "/b.bin", Content(500, 2), announceLength: false));

        Assert.Equal(507, e.Status);
        Assert.Equal(ErrorCodes.QuotaExceeded, e.Code);
        Assert.Equal(600L, e.Details["used"]);
        await AssertNothingLeftAsync("/b.bin", blobs);

        // What does fit still goes in without a length.
        var fits = await _drive.UploadAsync(Member, "/c.bin", Content(400, 3), announceLength: false);
        Assert.Equal(400, fits.Node.Size);
    }

    [Fact]
    public async Task Over_quota_refuses_even_an_empty_file_and_says_what_to_free()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        await _drive.UploadAsync(Member, "/b.bin", Content(300, 2));

        // The plan shrank under the member (an administrator lowered it): 900 used of 500.
        await using var shrunk = await _drive.ReconfigureAsync(capacity: 500);

        foreach (var announce in new[] { true, false })
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => shrunk.UploadAsync(Member, "/empty.txt", [], announce));
            Assert.Equal(507, e.Status);
            Assert.Equal(ErrorCodes.QuotaExceeded, e.Code);
            Assert.Equal(900L, e.Details["used"]);
            Assert.Equal(500L, e.Details["total"]);
            Assert.Equal(0L, e.Details["needed"]);
            Assert.Equal(400L, e.Details["toFree"]);
            Assert.Contains("over its quota", e.Message, StringComparison.Ordinal);
        }

        Assert.Null(await shrunk.NodeAsync(Member, "/empty.txt"));

        // Deleting frees nothing (the trash counts); emptying the trash does.
        await shrunk.DeleteAsync(Member, "/a.bin");
        Assert.Equal(900, (await shrunk.UsageAsync(Member)).Total);
        await Assert.ThrowsAsync<DomainException>(() => shrunk.UploadAsync(Member, "/empty.txt", []));
        await shrunk.EmptyTrashAsync(Member);
        Assert.Equal(300, (await shrunk.UsageAsync(Member)).Total);
        await shrunk.UploadAsync(Member, "/empty.txt", []);
    }

    [Fact]
    public async Task Restoring_from_the_trash_needs_no_room_even_over_quota()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        var item = await _drive.DeleteAsync(Member, "/a.bin");
        await using var shrunk = await _drive.ReconfigureAsync(capacity: 100);

        var restored = await shrunk.RestoreAsync(Member, item);

        Assert.Equal("/a.bin", restored.Node.Path);
        Assert.Equal(new(600, 0, 0, 0), await shrunk.UsageAsync(Member));
    }

    [Fact]
    public async Task A_copy_that_does_not_fit_is_refused()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        var e = await Assert.ThrowsAsync<DomainException>(() => _drive.CopyAsync(Member, "/a.bin", "/b.bin"));
        Assert.Equal(507, e.Status);
        Assert.Equal(200L, e.Details["toFree"]);
        Assert.Null(await _drive.NodeAsync(Member, "/b.bin"));
    }

    [Fact]
    public async Task An_overwrite_must_fit_beside_the_version_it_keeps()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(600, 1));
        // Replacing 600 bytes with 500 needs 500 more: the 600 stay as a version.
        var e = await Assert.ThrowsAsync<DomainException>(() => _drive.UploadAsync(Member, "/a.bin", Content(500, 2)));
        Assert.Equal(507, e.Status);
        Assert.Equal(new(600, 0, 0, 0), await _drive.UsageAsync(Member));
    }

    [Fact]
    public async Task Larger_than_the_plans_single_file_limit_is_413_with_or_without_a_length()
    {
        await using var roomy = await _drive.ReconfigureAsync(capacity: 10_000, maxUpload: 600);
        var blobs = roomy.BlobFiles();
        foreach (var announce in new[] { true, false })
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => roomy.UploadAsync(Member, "/big.bin", Content(601, 1), announce));
            Assert.Equal(413, e.Status);
            Assert.Equal(ErrorCodes.FileTooLarge, e.Code);
            Assert.Equal(600L, e.Details["limit"]);
            Assert.Equal(DriveHarness.PlanId, e.Details["plan"]);
        }

        Assert.Null(await roomy.NodeAsync(Member, "/big.bin"));
        Assert.Equal(blobs, roomy.BlobFiles());
        Assert.Empty(roomy.StagingFiles());
        Assert.Equal(600, (await roomy.UploadAsync(Member, "/max.bin", Content(600, 2))).Node.Size);
    }

    [Fact]
    public async Task A_body_shorter_than_announced_is_refused_and_leaves_nothing()
    {
        var blobs = _drive.BlobFiles();
        var e = await Assert.ThrowsAsync<DomainException>(() =>
            _drive.UploadAsync(Member, "/short.bin", new MemoryStream(Content(100, 1)), length: 200));
        Assert.Equal(400, e.Status);
        Assert.Equal(ErrorCodes.IncompleteUpload, e.Code);
        Assert.Null(await _drive.NodeAsync(Member, "/short.bin"));
        Assert.Empty(_drive.StagingFiles());
        Assert.Equal(0, (await _drive.UsageAsync(Member)).Total);
        // The bytes that did arrive sit in the store unreferenced until the collector takes them after the grace period.
        _drive.Clock.Advance(TimeSpan.FromHours(2));
        await _drive.CollectAsync();
        Assert.Equal(blobs, _drive.BlobFiles());
    }

    [Fact]
    public async Task A_broken_connection_leaves_nothing()
    {
        var blobs = _drive.BlobFiles();
        await Assert.ThrowsAsync<IOException>(() =>
            _drive.UploadAsync(Member, "/broken.bin", new BreakingStream(Content(300, 1), breakAfter: 200), length: 300));
        await AssertNothingLeftAsync("/broken.bin", blobs);
    }

    [Fact]
    public async Task The_same_content_twice_is_one_blob_freed_after_the_grace_period()
    {
        var content = Content(500, 7);
        var a = await _drive.UploadAsync(Member, "/a.bin", content);
        var b = await _drive.UploadAsync(Member, "/copy/b.bin", content);
        Assert.Equal(a.Node.Sha256, b.Node.Sha256);
        Assert.Single(_drive.BlobFiles());
        Assert.Equal(2, await _drive.RefCountAsync(a.Node.Sha256!));
        Assert.Equal(1000, (await _drive.UsageAsync(Member)).Total); // each file counts for its owner

        await _drive.DeleteAsync(Member, "/a.bin");
        await _drive.DeleteAsync(Member, "/copy");
        Assert.Equal(2, await _drive.RefCountAsync(a.Node.Sha256!)); // the trash still holds them
        Assert.Equal(0, await _drive.CollectAsync());

        Assert.Equal(2, await _drive.EmptyTrashAsync(Member));
        Assert.Equal(0, await _drive.RefCountAsync(a.Node.Sha256!));

        _drive.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await _drive.CollectAsync());
        Assert.Single(_drive.BlobFiles());

        _drive.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await _drive.CollectAsync());
        Assert.Empty(_drive.BlobFiles());
        Assert.Null(await _drive.RefCountAsync(a.Node.Sha256!));
    }

    private async Task AssertNothingLeftAsync(string path, string[] blobsBefore)
    {
        Assert.Null(await _drive.NodeAsync(Member, path));
        Assert.Empty(_drive.StagingFiles());
        Assert.Equal(blobsBefore, _drive.BlobFiles());
    }

    /// <summary>Distinct content per seed, so that files do not share a blob unless a test wants them to.</summary>
    private static byte[] Content(int size, byte seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A request body whose connection drops after some bytes.</summary>
    private sealed class BreakingStream(byte[] content, int breakAfter) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= breakAfter)
            {
                throw new IOException("The client went away.");
            }

            var n = Math.Min(count, Math.Min(breakAfter, content.Length) - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
