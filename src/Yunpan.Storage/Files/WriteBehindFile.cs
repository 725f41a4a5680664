using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Yunpan.Storage.Files;

/// <summary>
/// Writes a file from two pooled buffers in turn: while one is on its way to the disk, the caller fills (and hashes)
/// the other. Receiving, hashing and writing then overlap instead of taking turns, which is what lets a streamed,
/// hashed upload keep pace with a plain web server's write. Memory is the two buffers, whatever the file's size.
/// Disk write-back of what is written starts as it goes (<see cref="DiskWriteback"/>), so the final flush to disk
/// does not have to push the whole file at once. Short chunks (a small file, a large one's tail) are written in place:
/// there the hand-off costs more than the write.
/// </summary>
public sealed class WriteBehindFile : IAsyncDisposable
{
    /// <summary>Large enough that a write is one cheap system call per megabyte; two of them per transfer.</summary>
    public const int DefaultBufferSize = 1024 * 1024;

    private readonly SafeFileHandle _file;
    private readonly DiskWriteback _writeback;
    private byte[] _filling;
    private byte[] _writing;
    private Task _pending = Task.CompletedTask;

    public WriteBehindFile(SafeFileHandle file, long offset, int bufferSize = DefaultBufferSize)
    {
        _file = file;
        _writeback = new DiskWriteback(file, offset);
        Position = offset;
        _filling = ArrayPool<byte>.Shared.Rent(bufferSize);
        _writing = ArrayPool<byte>.Shared.Rent(bufferSize);
        Buffer = _filling.AsMemory(0, bufferSize);
    }

    /// <summary>Where the next submitted bytes go.</summary>
    public long Position { get; private set; }

    /// <summary>The buffer to fill before <see cref="SubmitAsync"/>.</summary>
    public Memory<byte> Buffer { get; private set; }

    /// <summary>
    /// Hands the first <paramref name="count"/> bytes of <see cref="Buffer"/> to the disk and swaps buffers. Waits only
    /// for the previous write, so a failing disk surfaces here, one buffer late at most.
    /// </summary>
    public async Task SubmitAsync(int count, CancellationToken cancellationToken)
    {
        await _pending;
        (_filling, _writing) = (_writing, _filling);
        var bytes = _writing.AsMemory(0, count);
        var at = Position;
        Position += count;
        Buffer = _filling.AsMemory(0, Buffer.Length);
        if (count <= InlineWriteLimit)
        {
            // A short write (a small file, or the tail of a large one) only copies into the page cache: cheaper done
            // here than handed to a pool thread, which is how .NET runs asynchronous file writes on Linux.
            RandomAccess.Write(_file, bytes.Span, at);
            _writeback.Written(at + count);
            _pending = Task.CompletedTask;
            return;
        }

        _pending = WriteAsync(bytes, at, cancellationToken);
    }

    private const int InlineWriteLimit = 64 * 1024;

    /// <summary>Waits for every write, then makes the file durable.</summary>
    public async Task FlushToDiskAsync()
    {
        await _pending;
        RandomAccess.FlushToDisk(_file);
    }

    /// <summary>
    /// Waits for the write in flight, so no buffer goes back to the pool while the disk still reads it. Never throws:
    /// a path that succeeds has called <see cref="FlushToDiskAsync"/>, which surfaces a failed write; on a path that
    /// fails, the first failure is the one to report.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _pending;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or UnauthorizedAccessException)
        {
            // Reported by FlushToDiskAsync on the paths that reach it; see above.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_filling);
            ArrayPool<byte>.Shared.Return(_writing);
        }
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, long at, CancellationToken cancellationToken)
    {
        await RandomAccess.WriteAsync(_file, bytes, at, cancellationToken);
        _writeback.Written(at + bytes.Length);
    }
}
