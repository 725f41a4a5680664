using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;

namespace Yunpan.Storage.Blobs;

/// <summary>Blobs on the local disk: <c>data/blobs/ab/cd/&lt;sha256&gt;</c>, staged in <c>data/tmp</c> on the same volume.</summary>
internal sealed class LocalBlobStore(DataDirectory data, IOptions<StorageOptions> options) : IBlobStore
{
    private const int ENOSPC = 28;

    private readonly string _blobs = data.Folder("blobs");
    private readonly string _staging = data.Folder("tmp");
    private readonly int _bufferSize = options.Value.BufferSize;

    public async Task<StoredBlob> WriteAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_staging, Guid.NewGuid().ToString("N"));
        var buffer = ArrayPool<byte>.Shared.Rent(_bufferSize);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var target = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Options = FileOptions.Asynchronous,
                BufferSize = 0,
            }))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, _bufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > limit)
                    {
                        throw new BlobLimitExceededException(limit);
                    }

                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                target.Flush(flushToDisk: true);
            }

            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            var final = PathOf(hash);
            if (File.Exists(final))
            {
                // Identical content is stored once.
                File.Delete(temp);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                File.Move(temp, final, overwrite: true);
            }

            return new StoredBlob(hash, size);
        }
        catch (IOException e) when (e.HResult == ENOSPC)
        {
            throw new StorageFullException(e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
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
