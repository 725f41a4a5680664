using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Yunpan.Drive.Content;

/// <summary>
/// Kestrel has no zero-copy sendfile: its SendFileAsync copies a file through a stream in 64 KiB steps. This body
/// feature keeps everything the file result does (Range, If-Range, ETag, headers) and replaces only that copy: reads of
/// <see cref="ChunkSize"/> go straight into the response pipe's memory, one read and one flush per chunk.
/// </summary>
internal sealed class PipeSendFile(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
{
    public const int ChunkSize = 1024 * 1024;

    public Stream Stream => inner.Stream;

    public PipeWriter Writer => inner.Writer;

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var remaining = count ?? RandomAccess.GetLength(file) - offset;
        var writer = inner.Writer;
        while (remaining > 0)
        {
            var memory = writer.GetMemory(ChunkSize);
            var read = await RandomAccess.ReadAsync(file, memory[..(int)Math.Min(Math.Min(memory.Length, ChunkSize), remaining)], offset, cancellationToken);
            if (read == 0)
            {
                throw new IOException($"{path} ended {remaining} bytes early.");
            }

            writer.Advance(read);
            offset += read;
            remaining -= read;
            var flushed = await writer.FlushAsync(cancellationToken);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }
}
