using System.Buffers;
using System.Security.Cryptography;
using Yunpan.Contracts.Drive;

namespace Yunpan.Client;

/// <summary>
/// The client's half of instant upload (D-4): the content hash to ask with, and the answer to a challenge — the
/// SHA-256 of the nonce's bytes followed by the bytes of every requested range, in order. Memory stays constant.
/// </summary>
public static class InstantUploadProof
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Lower-case hex SHA-256 and length of a local file.</summary>
    public static async Task<(string Sha256, long Size)> HashFileAsync(string path, CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(file, ct);
        return (Convert.ToHexStringLower(hash), file.Length);
    }

    /// <summary>The answer, read from a seekable stream holding the whole file.</summary>
    public static async Task<string> AnswerAsync(Stream content, InstantUploadChallenge challenge, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(challenge);
        if (!content.CanSeek && challenge.Ranges.Count > 0)
        {
            throw new ArgumentException("The content must be seekable to read the requested ranges.", nameof(content));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(challenge.Nonce));
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            foreach (var range in challenge.Ranges)
            {
                content.Seek(range.Offset, SeekOrigin.Begin);
                for (long done = 0; done < range.Length;)
                {
                    var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, range.Length - done)), ct);
                    if (read == 0)
                    {
                        throw new EndOfStreamException("The content ends before a requested range; it is not the file the challenge is about.");
                    }

                    sha.AppendData(buffer, 0, read);
                    done += read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The answer, read from a local file.</summary>
    public static async Task<string> AnswerAsync(string path, InstantUploadChallenge challenge, CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.RandomAccess);
        return await AnswerAsync(file, challenge, ct);
    }
}
