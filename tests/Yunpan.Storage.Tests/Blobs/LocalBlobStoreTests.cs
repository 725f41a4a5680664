using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Storage.Blobs;

namespace Yunpan.Storage.Tests.Blobs;

public sealed class LocalBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yunpan-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly LocalBlobStore _store;

    public LocalBlobStoreTests()
    {
        _store = new LocalBlobStore(new DataDirectory(_root), bufferSize: 4096);
    }

    private string Blobs => Path.Combine(_root, "blobs");

    private string Staging => Path.Combine(_root, "tmp");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public async Task The_name_is_the_sha256_of_the_content(string text, string sha256)
    {
        var blob = await _store.WriteAsync(new MemoryStream(Encoding.ASCII.GetBytes(text)), 100, CancellationToken.None);
        Assert.Equal(sha256, blob.Hash);
        Assert.Equal(text.Length, blob.Size);
        Assert.True(BlobHash.IsValid(blob.Hash));
    }

    [Fact]
    public async Task Content_is_laid_out_as_ab_cd_hash_and_reads_back()
    {
        var content = RandomBytes(10_000);
        var blob = await _store.WriteAsync(new MemoryStream(content), long.MaxValue, CancellationToken.None);

        var expected = Path.Combine(Blobs, blob.Hash[..2], blob.Hash[2..4], blob.Hash);
        Assert.Equal(expected, _store.LocalPath(blob.Hash));
        Assert.Equal([expected], Directory.GetFiles(Blobs, "*", SearchOption.AllDirectories));
        Assert.Equal(content, await File.ReadAllBytesAsync(expected));
        Assert.True(_store.Exists(blob.Hash));
        await using var read = _store.OpenRead(blob.Hash);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Empty(Directory.GetFiles(Staging));
    }

    [Fact]
    public async Task The_hash_is_right_whatever_the_chunks_the_body_arrives_in()
    {
        var content = RandomBytes(50_000); // many buffers of 4096, arriving in odd pieces
        var blob = await _store.WriteAsync(new TricklingStream(content), long.MaxValue, CancellationToken.None);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), blob.Hash);
        Assert.Equal(content.Length, blob.Size);
        Assert.Equal(content, await File.ReadAllBytesAsync(_store.LocalPath(blob.Hash)!));
    }

    [Fact]
    public async Task Exactly_the_limit_is_accepted()
    {
        var blob = await _store.WriteAsync(new MemoryStream(RandomBytes(4096 * 3)), 4096 * 3, CancellationToken.None);
        Assert.Equal(4096 * 3, blob.Size);
        var empty = await _store.WriteAsync(new MemoryStream([]), 0, CancellationToken.None);
        Assert.Equal(0, empty.Size);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 101)]
    [InlineData(4096, 4097)] // one byte into the second buffer
    [InlineData(10_000, 50_000)]
    public async Task One_byte_over_the_limit_is_refused_and_nothing_is_left(long limit, int size)
    {
        var e = await Assert.ThrowsAsync<BlobLimitExceededException>(() =>
            _store.WriteAsync(new TricklingStream(RandomBytes(size)), limit, CancellationToken.None));
        Assert.Equal(limit, e.Limit);
        Assert.Empty(Directory.GetFiles(Staging));
        Assert.False(Directory.Exists(Blobs) && Directory.EnumerateFiles(Blobs, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Identical_content_is_stored_once()
    {
        var content = RandomBytes(5000);
        var first = await _store.WriteAsync(new MemoryStream(content), long.MaxValue, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(_store.LocalPath(first.Hash)!);
        var second = await _store.WriteAsync(new TricklingStream(content), long.MaxValue, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(Blobs, "*", SearchOption.AllDirectories));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_store.LocalPath(first.Hash)!));
        Assert.Empty(Directory.GetFiles(Staging));

        await _store.WriteAsync(new MemoryStream(RandomBytes(5000)), long.MaxValue, CancellationToken.None);
        Assert.Equal(2, Directory.GetFiles(Blobs, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_body_that_breaks_off_leaves_nothing()
    {
        await Assert.ThrowsAsync<IOException>(() =>
            _store.WriteAsync(new TricklingStream(RandomBytes(20_000), failAfter: 9000), long.MaxValue, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Staging));
        Assert.False(Directory.Exists(Blobs) && Directory.EnumerateFiles(Blobs, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_cancelled_write_leaves_nothing()
    {
        using var cancel = new CancellationTokenSource();
        var body = new TricklingStream(RandomBytes(20_000), onRead: total =>
        {
            if (total > 8000)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.WriteAsync(body, long.MaxValue, cancel.Token));
        Assert.Empty(Directory.GetFiles(Staging));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("ab/cd/ef")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")] // upper case is not a blob name
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")] // 63 characters
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")] // 65 characters
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/")]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Only_sha256_names_address_the_disk(string hash)
    {
        Assert.False(_store.Exists(hash));
        Assert.Throws<ArgumentException>(() => _store.LocalPath(hash));
        Assert.Throws<ArgumentException>(() => _store.OpenRead(hash));
        Assert.Throws<ArgumentException>(() => _store.Delete(hash));
    }

    [Fact]
    public async Task Delete_removes_a_blob_and_ignores_a_missing_one()
    {
        var blob = await _store.WriteAsync(new MemoryStream(RandomBytes(100)), long.MaxValue, CancellationToken.None);
        _store.Delete(blob.Hash);
        Assert.False(_store.Exists(blob.Hash));
        Assert.False(File.Exists(_store.LocalPath(blob.Hash)));
        _store.Delete(blob.Hash);
    }

    private static byte[] RandomBytes(int size) => RandomNumberGenerator.GetBytes(size);

    /// <summary>A request body arriving in uneven pieces (1 to 3000 bytes), optionally breaking off.</summary>
    private sealed class TricklingStream(byte[] content, int failAfter = int.MaxValue, Action<int>? onRead = null) : Stream
    {
        private readonly Random _sizes = new(42);
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(Math.Min(count, _sizes.Next(1, 3000)), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            onRead?.Invoke(_position);
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
