using System.Security.Cryptography;

namespace Yunpan.Drive.Uploads;

/// <summary>The Upload-Checksum header of a chunk: "&lt;algorithm&gt; &lt;base64 digest&gt;" (tus checksum extension).</summary>
internal sealed class UploadChecksum : IDisposable
{
    private readonly IncrementalHash _hash;
    private readonly byte[] _expected;

    private UploadChecksum(IncrementalHash hash, byte[] expected)
    {
        _hash = hash;
        _expected = expected;
    }

    public static UploadChecksum? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var parts = header.Trim().Split(' ', 2);
        var algorithm = parts[0].ToLowerInvariant() switch
        {
            "sha256" => HashAlgorithmName.SHA256,
            "sha1" => HashAlgorithmName.SHA1,
            _ => throw DriveErrors.Validation($"Upload-Checksum algorithm '{parts[0]}' is not supported; use one of {TusProtocol.ChecksumAlgorithms}."),
        };
        try
        {
            return new UploadChecksum(IncrementalHash.CreateHash(algorithm), Convert.FromBase64String(parts.Length == 2 ? parts[1] : string.Empty));
        }
        catch (FormatException)
        {
            throw DriveErrors.Validation("The Upload-Checksum digest must be base64.");
        }
    }

    public void Append(ReadOnlySpan<byte> bytes) => _hash.AppendData(bytes);

    public bool Matches() => CryptographicOperations.FixedTimeEquals(_hash.GetHashAndReset(), _expected);

    public void Dispose() => _hash.Dispose();
}
