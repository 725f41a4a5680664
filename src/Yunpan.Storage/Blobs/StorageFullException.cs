namespace Yunpan.Storage.Blobs;

/// <summary>The disk under the blob store ran out of space; nothing was stored.</summary>
public sealed class StorageFullException(Exception inner)
    : Exception("The server's storage is full.", inner);
