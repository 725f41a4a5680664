namespace Yunpan.Storage.Blobs;

/// <summary>Content in the store: its SHA-256 (lower-case hex, also its name) and its length.</summary>
public sealed record StoredBlob(string Hash, long Size);
