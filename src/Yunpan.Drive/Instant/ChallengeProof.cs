using System.Buffers;
using System.Security.Cryptography;
using Yunpan.Contracts.Drive;
using Yunpan.Storage.Blobs;

namespace Yunpan.Drive.Instant;

/// <summary>
/// The answer an instant-upload challenge expects: SHA-256 of the nonce followed by the bytes of every range, in order.
/// Read from the stored blob with positioned reads into one pooled buffer, so memory does not grow with the file.
/// </summary>
internal static class ChallengeProof
{
    private const int BufferSize = 64 * 1024;

    /// <exception cref="FileNotFoundException">The blob is gone (collected meanwhile).</exception>
    /// <exception cref="EndOfStreamException">The blob is shorter than the ranges.</exception>
    public static async Task<byte[]> ComputeAsync(IBlobStore store, string hash, byte[] nonce, IReadOnlyList<ChallengeRange> ranges, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(nonce);
        if (ranges.Count == 0)
        {
            return sha.GetHashAndReset();
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            if (store.LocalPath(hash) is { } path)
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.Asynchronous);
                foreach (var range in ranges)
                {
                    for (long done = 0; done < range.Length;)
                    {
                        var read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, (int)Math.Min(BufferSize, range.Length - done)), range.Offset + done, cancellationToken);
                        if (read == 0)
                        {
                            throw new EndOfStreamException($"Blob {hash} ends before {range.Offset + range.Length}.");
                        }

                        sha.AppendData(buffer, 0, read);
                        done += read;
                    }
                }
            }
            else
            {
                foreach (var range in ranges)
                {
                    await using var stream = store.OpenRead(hash);
                    await SkipAsync(stream, range.Offset, buffer, cancellationToken);
                    for (long done = 0; done < range.Length;)
                    {
                        var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, range.Length - done)), cancellationToken);
                        if (read == 0)
                        {
                            throw new EndOfStreamException($"Blob {hash} ends before {range.Offset + range.Length}.");
                        }

                        sha.AppendData(buffer, 0, read);
                        done += read;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return sha.GetHashAndReset();
    }

    private static async Task SkipAsync(Stream stream, long count, byte[] buffer, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            stream.Seek(count, SeekOrigin.Begin);
            return;
        }

        while (count > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The blob ends before the range starts.");
            }

            count -= read;
        }
    }
}
