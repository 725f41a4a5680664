using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// A response body that counts the bytes an answer hands to the server, through the pipe (Drive's send-file copy) or
/// the stream (blobs that are not local files). A download the client abandons is counted up to where it stopped,
/// not by its Content-Length.
/// </summary>
internal sealed class CountingBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
{
    private CountingWriter? _writer;
    private Stream? _stream;

    public long Bytes => _writer?.Bytes ?? 0;

    public PipeWriter Writer => _writer ??= new CountingWriter(inner.Writer);

    public Stream Stream => _stream ??= Writer.AsStream(leaveOpen: true);

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

    private sealed class CountingWriter(PipeWriter inner) : PipeWriter
    {
        public long Bytes { get; private set; }

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Advance(int bytes)
        {
            inner.Advance(bytes);
            Bytes += bytes;
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }
}
