using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// The last byte is in: hash (the running hash on the happy path, a read from disk only after a restart or a verified
/// chunk), record the hash, move the staging file into the blob store (a rename, not a copy), release the reservation
/// and place the file. Each step can be repeated after a crash: a session with a hash and no staging file has already
/// moved its bytes.
/// </summary>
internal sealed class CompleteUpload(DbContext db, UploadStaging staging, IBlobStore store, IBlobCatalog blobs, PlaceFile place)
{
    public async Task<UploadResult> ExecuteAsync(UploadSession session, CancellationToken cancellationToken)
    {
        var path = staging.PathOf(session.Id);
        if (session.Sha256 is null)
        {
            session.Sha256 = staging.HashAt(session.Id, session.Length) is { } running && session.Length > 0
                ? running.Finish()
                : await HashFileAsync(path, session.Length, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var blob = new StoredBlob(session.Sha256, session.Length);
        await blobs.TouchAsync(blob, cancellationToken);
        if (File.Exists(path))
        {
            store.Commit(new StagedBlob(blob.Hash, blob.Size, path));
        }
        else if (!store.Exists(blob.Hash))
        {
            throw DriveErrors.ContentGone();
        }

        // The reservation goes before the file is placed, or the quota check would count the bytes twice.
        db.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
        staging.Forget(session.Id);
        return await place.ExecuteAsync(session.OwnerId, DrivePath.Parse(session.TargetPath), blob,
            new UploadRequest(session.Length, session.CreateParents, session.Autorename, null, null), cancellationToken);
    }

    private static async Task<string> HashFileAsync(string path, long length, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1024 * 1024);
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            long remaining = length;
            while (remaining > 0)
            {
                var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
                if (read == 0)
                {
                    throw new IOException($"The staging file {path} is shorter than the {length} bytes recorded.");
                }

                sha.AppendData(buffer, 0, read);
                remaining -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
