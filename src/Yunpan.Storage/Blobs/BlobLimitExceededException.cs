namespace Yunpan.Storage.Blobs;

/// <summary>The source produced more bytes than the caller allowed; nothing was stored.</summary>
public sealed class BlobLimitExceededException(long limit)
    : Exception($"The content is larger than the {limit} bytes allowed.")
{
    public long Limit { get; } = limit;
}
