using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Support;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Quotas;

/// <summary>K-12: Drive's answer to the desk: the space in use, the newest uploads that never completed and the newest
/// downloads that broke off.</summary>
internal sealed class MemberStorageSummaryForDesk(DbContext db, QuotaMeter meter) : IMemberStorageSummary
{
    private const int Recent = 10;

    public async Task<MemberStorageSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var usage = await meter.UsageAsync(memberId, cancellationToken);
        // Parts of a parallel upload are not what the member started; the final upload names the file.
        var unfinished = await db.Set<UploadSession>().AsNoTracking().Where(u => u.OwnerId == memberId && !u.IsPartial)
            .OrderByDescending(u => u.CreatedAt).Take(Recent)
            .Select(u => new UnfinishedUpload(u.TargetPath, u.Length, u.Offset, u.CreatedAt, u.ExpiresAt)).ToListAsync(cancellationToken);
        var failed = await db.Set<DownloadFailure>().AsNoTracking().Where(f => f.OwnerId == memberId)
            .OrderByDescending(f => f.At).Take(Recent)
            .Select(f => new FailedDownload(f.Path, f.Size, f.At)).ToListAsync(cancellationToken);
        return new MemberStorageSummary(usage.Files, usage.Versions, usage.Trash, usage.Uploads, unfinished, failed);
    }
}
