namespace Yunpan.Drive.Quotas;

/// <summary>
/// Bytes a member uses: current files, earlier versions and the trash all count (D-6, D-8), and so do resumable
/// uploads in progress, whose announced length is reserved so that parallel uploads cannot overrun the quota together.
/// </summary>
public sealed record QuotaUsage(long Files, long Versions, long Trash, long Uploads)
{
    public long Total => Files + Versions + Trash + Uploads;
}
