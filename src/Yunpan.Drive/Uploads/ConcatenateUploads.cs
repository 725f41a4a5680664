using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// tus concatenation: a client uploads parts in parallel and a final upload joins them. The first part's file becomes
/// the final file (a rename) and the others are appended to it; only the later parts' bytes are copied once, and there
/// is no further assembly.
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
        File.Move(first, target);
        try
        {
            await using var joined = new FileStream(target, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            foreach (var part in parts.Skip(1))
            {
                await using var source = new FileStream(staging.PathOf(part.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
                await source.CopyToAsync(joined, 1024 * 1024, cancellationToken);
            }

            joined.Flush(flushToDisk: true);
        }
        catch (Exception e)
        {
            // The parts stay as they were (the transaction rolls their rows back too), so the client can retry.
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

        db.RemoveRange(parts);
        final.Offset = final.Length;
    }
}
