using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// tus PATCH: writes a chunk in place at the upload's offset (no assembly later). Bytes are flushed to disk before the
/// new offset is recorded, so after a crash HEAD never reports more than is durably there. A client that drops the
/// connection keeps what arrived. When the last byte is in, the upload completes.
/// </summary>
internal sealed class AppendToUpload(
    DbContext db,
    UploadSessions sessions,
    UploadStaging staging,
    CompleteUpload complete,
    IOptions<DriveOptions> options,
    TimeProvider clock)
{
    private const int BufferSize = 256 * 1024;

    public async Task<(UploadSession Session, UploadResult? File)> ExecuteAsync(
        Guid ownerId, Guid id, string? contentType, string? offsetHeader, string? checksumHeader, Stream body, CancellationToken cancellationToken)
    {
        if (!string.Equals(contentType?.Split(';')[0].Trim(), TusProtocol.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw DriveErrors.UploadContentType();
        }

        if (!long.TryParse(offsetHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset))
        {
            throw DriveErrors.Validation("Upload-Offset must be a non-negative whole number.");
        }

        using var checksum = UploadChecksum.Parse(checksumHeader);
        using var gate = await staging.LockAsync(id, cancellationToken);
        var session = await sessions.RequireAsync(ownerId, id, cancellationToken);
        if (offset != session.Offset)
        {
            throw DriveErrors.UploadOffsetMismatch(session.Offset);
        }

        var written = await WriteAsync(session, body, checksum, cancellationToken);
        session.Offset += written;
        session.ExpiresAt = clock.GetUtcNow() + options.Value.UploadExpiry;

        // The bytes are on disk: record them even when the client has gone away meanwhile.
        await db.SaveChangesAsync(CancellationToken.None);

        var file = !session.IsPartial && session.Offset == session.Length
            ? await complete.ExecuteAsync(session, CancellationToken.None)
            : null;
        return (session, file);
    }

    /// <returns>How many bytes were kept.</returns>
    private async Task<long> WriteAsync(UploadSession session, Stream body, UploadChecksum? checksum, CancellationToken cancellationToken)
    {
        var start = session.Offset;
        var running = checksum is null ? staging.HashAt(session.Id, start) : null;
        if (checksum is not null)
        {
            staging.ForgetHash(session.Id); // the running hash would take in bytes before they are verified
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        await using var file = new FileStream(staging.PathOf(session.Id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        file.SetLength(start); // bytes past the recorded offset were never confirmed
        file.Position = start;
        long written = 0;
        try
        {
            int read;
            while ((read = await ReadAsync(body, buffer, checksum is null, cancellationToken)) > 0)
            {
                if (start + written + read > session.Length)
                {
                    file.SetLength(start);
                    staging.ForgetHash(session.Id);
                    throw DriveErrors.UploadTooLong(session.Length);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                running?.Append(buffer.AsSpan(0, read));
                checksum?.Append(buffer.AsSpan(0, read));
                written += read;
            }
        }
        catch (IOException e) when (StorageFullException.IsDiskFull(e))
        {
            file.SetLength(start);
            staging.ForgetHash(session.Id);
            throw DriveErrors.StorageFull();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (checksum is not null && !checksum.Matches())
        {
            file.SetLength(start);
            throw DriveErrors.ChecksumMismatch();
        }

        file.Flush(flushToDisk: true);
        return written;
    }

    /// <summary>
    /// Reads the next piece of the chunk. When the client goes away mid-chunk, the bytes that arrived are kept (so it
    /// can resume from there) by ending the chunk here; a checksummed chunk is all or nothing, so its failure stands.
    /// Only failures of the request body are treated so: a failing disk is never mistaken for a departed client.
    /// </summary>
    private static async Task<int> ReadAsync(Stream body, byte[] buffer, bool keepPartial, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken);
        }
        catch (Exception e) when (keepPartial && e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return 0;
        }
    }
}
