namespace Yunpan.Storage.Blobs;

/// <summary>The disk under the data directory ran out of space; nothing was stored.</summary>
public sealed class StorageFullException(Exception inner)
    : Exception("The server's storage is full.", inner)
{
    private const int ENOSPC = 28;

    /// <summary>True for the I/O error a full disk raises (.NET carries the errno in HResult on Unix).</summary>
    public static bool IsDiskFull(IOException e) => e.HResult == ENOSPC;
}
