using System.Security.Cryptography;
using Yunpan.Core.Hosting;
using Yunpan.Storage.Files;

namespace Yunpan.Storage.Blobs;

/// <summary>Blobs on the local disk: <c>data/blobs/ab/cd/&lt;sha256&gt;</c>, staged in <c>data/tmp</c> on the same volume
/// so that committing is a rename.</summary>
/// <remarks>The buffer size is a parameter only so that tests can cross buffer boundaries with small files.</remarks>
internal sealed class LocalBlobStore(DataDirectory data, int bufferSize = WriteBehindFile.DefaultBufferSize) : IBlobStore
{
    private readonly string _blobs = data.Folder("blobs");
    private readonly string _staging = data.Folder("tmp");

    public async Task<StagedBlob> StageAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_staging, Guid.NewGuid().ToString("N"));
        var staged = false;
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            using (var file = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.Asynchronous))
            {
                await using var target = new WriteBehindFile(file, 0, bufferSize);
                int read;
                while ((read = await source.ReadAtLeastAsync(target.Buffer, target.Buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
                {
                    if (target.Position + read > limit)
                    {
                        throw new BlobLimitExceededException(limit);
                    }

                    sha.AppendData(target.Buffer.Span[..read]);
                    await target.SubmitAsync(read, cancellationToken);
                }

                await target.FlushToDiskAsync();
                size = target.Position;
            }

            staged = true;
            return new StagedBlob(Convert.ToHexStringLower(sha.GetHashAndReset()), size, temp);
        }
        catch (IOException e) when (StorageFullException.IsDiskFull(e))
        {
            throw new StorageFullException(e);
        }
        finally
        {
            if (!staged && File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public void Commit(StagedBlob staged)
    {
        var final = PathOf(staged.Blob.Hash);
        var folder = Path.GetDirectoryName(final)!;
        if (File.Exists(final))
        {
            staged.Dispose(); // identical content is stored once
        }
        else
        {
            Directory.CreateDirectory(folder);
            File.Move(staged.StagingPath, final, overwrite: true);
        }

        // The blob's bytes were fsynced when staged; its name and the names of its two folders are made durable here,
        // before the caller's transaction refers to it. Always, and also when the blob was already there: a parallel
        // commit of the same content, or of another blob into the same new folder, may not have flushed them yet.
        // Folders with nothing new to write flush at no measurable cost.
        DirectorySync.Flush(folder);
        DirectorySync.Flush(Path.GetDirectoryName(folder)!);
        DirectorySync.Flush(_blobs);
    }

    public bool Exists(string hash) => BlobHash.IsValid(hash) && File.Exists(PathOf(hash));

    public string? LocalPath(string hash) => PathOf(hash);

    public Stream OpenRead(string hash) =>
        new FileStream(PathOf(hash), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string hash)
    {
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string hash)
    {
        if (!BlobHash.IsValid(hash))
        {
            throw new ArgumentException("Not a blob name.", nameof(hash));
        }

        return Path.Combine(_blobs, hash[..2], hash[2..4], hash);
    }
}
