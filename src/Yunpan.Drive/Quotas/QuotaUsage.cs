namespace Yunpan.Drive.Quotas;

/// <summary>Bytes a member uses: current files, earlier versions and the trash all count (D-6, D-8).</summary>
public sealed record QuotaUsage(long Files, long Versions, long Trash)
{
    public long Total => Files + Versions + Trash;
}
