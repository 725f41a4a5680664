namespace Yunpan.Storage.Collection;

/// <summary>
/// Files other modules derive from a blob's content and keep under its hash (thumbnails …). The collector deletes
/// them with the blob, so nothing of deleted content outlives it on disk.
/// </summary>
public interface IBlobDerivatives
{
    void Delete(string hash);
}
