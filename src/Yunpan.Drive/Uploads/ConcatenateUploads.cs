using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Files;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// tus concatenation: a client uploads parts in parallel and a final upload joins them. The first part's file becomes
/// the final file (a rename) and the others are appended to it; only the later parts' bytes are copied once (read, hashed
/// and written in one pass), and there is no further assembly.
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
            await using (var writer = new WriteBehindFile(joined, parts[0].Length))
            {
                foreach (var part in parts.Skip(1))
                {
                    await using var source = new FileStream(staging.PathOf(part.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
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
}
