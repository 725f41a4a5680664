namespace Yunpan.Storage.Blobs;

public static class BlobHash
{
    /// <summary>True for a lower-case hex SHA-256, the only form blob names take.</summary>
    public static bool IsValid(string? hash) =>
        hash is { Length: 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
