using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Win32.SafeHandles;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Files;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// tus concatenation: a client uploads parts in parallel and a final upload joins them. The first part's file becomes
/// the final file (a rename) and the others are appended to it: their blocks shared where the file system can
/// (<see cref="FileClone"/>), otherwise their bytes copied once (read, hashed and written in one pass). There is no
/// further assembly.
/// </summary>
internal sealed class ConcatenateUploads(DbContext db, UploadStaging staging, TimeProvider clock)
{
    public async Task<List<UploadSession>> PartsAsync(Guid ownerId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await db.Set<UploadSession>().Where(u => ids.Contains(u.Id) && u.OwnerId == ownerId && u.ExpiresAt > now).ToListAsync(cancellationToken);
        var parts = ids.Select(id => found.FirstOrDefault(p => p.Id == id) ?? throw DriveErrors.NotFound("upload part")).ToList();
        if (parts.Any(p => !p.IsPartial || p.Offset != p.Length))
        {
            throw DriveErrors.Validation("Every part of a final upload must be a finished partial upload (Upload-Concat: partial).");
        }

        return parts;
    }

    public async Task JoinAsync(UploadSession final, IReadOnlyList<UploadSession> parts, CancellationToken cancellationToken)
    {
        var target = staging.PathOf(final.Id);
        var first = staging.PathOf(parts[0].Id);

        // SHA-256 runs in order: the first part's running hash goes on over the later parts as they are appended, so
        // completion reads nothing again. Without one (after a restart), completion hashes the joined file.
        var running = staging.TakeHash(parts[0].Id, parts[0].Length);
        File.Move(first, target);
        try
        {
            using var joined = File.OpenHandle(target, FileMode.Open, FileAccess.Write, FileShare.None, FileOptions.Asynchronous);
            var position = parts[0].Length;
            var next = 1;

            // Where the file system shares blocks, the later parts join without a byte written; they are read once,
            // from the page cache they were just written through, only to go on with the running hash.
            for (; next < parts.Count; next++)
            {
                using var source = OpenPart(parts[next]);
                if (!FileClone.TryAppend(source, parts[next].Length, joined, position))
                {
                    break;
                }

                if (running is not null)
                {
                    await HashAsync(source, running, cancellationToken);
                }

                position += parts[next].Length;
            }

            // Elsewhere (ext4), the rest is copied once: read, hashed and written in one pass.
            await using (var writer = new WriteBehindFile(joined, position))
            {
                for (; next < parts.Count; next++)
                {
                    await using var source = new FileStream(OpenPart(parts[next]), FileAccess.Read, 1, isAsync: true);
                    int read;
                    while ((read = await source.ReadAtLeastAsync(writer.Buffer, writer.Buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
                    {
                        running?.Append(writer.Buffer.Span[..read]);
                        await writer.SubmitAsync(read, cancellationToken);
                    }
                }

                await writer.FlushToDiskAsync();
            }
        }
        catch (Exception e)
        {
            // The parts stay as they were (the transaction rolls their rows back too), so the client can retry.
            running?.Dispose();
            await using (var restore = new FileStream(target, FileMode.Open, FileAccess.Write))
            {
                restore.SetLength(parts[0].Length);
            }

            File.Move(target, first);
            if (e is IOException io && StorageFullException.IsDiskFull(io))
            {
                throw DriveErrors.StorageFull();
            }

            throw;
        }

        foreach (var part in parts)
        {
            staging.Delete(part.Id);
        }

        if (running is not null)
        {
            staging.AdoptHash(final.Id, running);
        }

        db.RemoveRange(parts);
        final.Offset = final.Length;
    }

    private SafeFileHandle OpenPart(UploadSession part) =>
        File.OpenHandle(staging.PathOf(part.Id), FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static async Task HashAsync(SafeFileHandle source, RunningHash running, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(WriteBehindFile.DefaultBufferSize);
        try
        {
            long offset = 0;
            int read;
            while ((read = await RandomAccess.ReadAsync(source, buffer, offset, cancellationToken)) > 0)
            {
                running.Append(buffer.AsSpan(0, read));
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
