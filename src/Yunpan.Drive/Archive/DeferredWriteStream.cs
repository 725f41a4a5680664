using System.Buffers;

namespace Yunpan.Drive.Archive;

/// <summary>
/// The stream a folder archive is written to: it stands between <see cref="System.IO.Compression.ZipArchive"/> and
/// the response body.
/// </summary>
/// <remarks>
/// <para>Kestrel refuses synchronous writes, and ZipArchive (as of .NET 10) still writes a few records synchronously
/// even through its async API: the local header of an entry that is never opened (folders, empty files) when the next
/// entry is created, and the data descriptor when an entry's stream is disposed. Those small writes are kept here and
/// passed on asynchronously by <see cref="DrainAsync"/>, which the writer calls after every entry, so the memory held
/// stays bounded: about <see cref="ChunkSize"/> plus one entry's records.</para>
/// <para>Small asynchronous writes (headers, small files) are gathered into chunks of about
/// <see cref="ChunkSize"/> as well; every write to the response is one HTTP chunk and one flush, and a folder of
/// thousands of small files would otherwise go out a few dozen bytes at a time. Large writes pass straight through.</para>
/// <para>After <see cref="Abandon"/> nothing more reaches the response: a failed archive must not be finished with
/// a central directory that would make a truncated file look whole.</para>
/// </remarks>
internal sealed class DeferredWriteStream(Stream destination) : Stream
{
    public const int ChunkSize = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _pending = new(ChunkSize);
    private bool _abandoned;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Drops what is pending and everything written later.</summary>
    public void Abandon()
    {
        _abandoned = true;
        _pending.Clear();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_abandoned)
        {
            _pending.Write(buffer);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_abandoned)
        {
            return;
        }

        if (_pending.WrittenCount + buffer.Length <= ChunkSize)
        {
            _pending.Write(buffer.Span);
            return;
        }

        await SendPendingAsync(cancellationToken);
        if (buffer.Length >= ChunkSize)
        {
            await destination.WriteAsync(buffer, cancellationToken);
        }
        else
        {
            _pending.Write(buffer.Span);
        }
    }

    /// <summary>Passes the pending bytes on once they make a chunk.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) =>
        _pending.WrittenCount >= ChunkSize ? SendPendingAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Nothing is written synchronously; the bytes go out with the next asynchronous write or flush.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        if (!_abandoned)
        {
            await destination.FlushAsync(cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (_abandoned || _pending.WrittenCount == 0)
        {
            return;
        }

        await destination.WriteAsync(_pending.WrittenMemory, cancellationToken);
        _pending.ResetWrittenCount();
    }
}
