using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Files;

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

        using var file = File.OpenHandle(staging.PathOf(session.Id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, FileOptions.Asynchronous);
        RandomAccess.SetLength(file, start); // bytes past the recorded offset were never confirmed
        try
        {
            await using (var target = new WriteBehindFile(file, start))
            {
                var ended = false;
                while (!ended)
                {
                    (var read, ended) = await FillAsync(body, target.Buffer, checksum is null, cancellationToken);
                    if (target.Position + read > session.Length)
                    {
                        throw DriveErrors.UploadTooLong(session.Length);
                    }

                    running?.Append(target.Buffer.Span[..read]);
                    checksum?.Append(target.Buffer.Span[..read]);

                    // Not the request's token: bytes that arrived are kept even when the client has just gone away.
                    await target.SubmitAsync(read, CancellationToken.None);
                }

                if (checksum is not null && !checksum.Matches())
                {
                    throw DriveErrors.ChecksumMismatch();
                }

                await target.FlushToDiskAsync();
                return target.Position - start;
            }
        }
        catch (Exception e)
        {
            RandomAccess.SetLength(file, start);
            staging.ForgetHash(session.Id);
            throw e is IOException io && StorageFullException.IsDiskFull(io) ? DriveErrors.StorageFull() : e;
        }
    }

    /// <summary>
    /// Fills the buffer from the chunk, or reads to the chunk's end. When the client goes away mid-chunk, the bytes
    /// that arrived are kept (so it can resume from there) by ending the chunk here; a checksummed chunk is all or
    /// nothing, so its failure stands. Only failures of the request body are treated so: a failing disk is never
    /// mistaken for a departed client.
    /// </summary>
    private static async Task<(int Read, bool Ended)> FillAsync(Stream body, Memory<byte> buffer, bool keepPartial, CancellationToken cancellationToken)
    {
        var filled = 0;
        try
        {
            while (filled < buffer.Length)
            {
                var read = await body.ReadAsync(buffer[filled..], cancellationToken);
                if (read == 0)
                {
                    return (filled, true);
                }

                filled += read;
            }

            return (filled, false);
        }
        catch (Exception e) when (keepPartial && e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return (filled, true);
        }
    }
}
