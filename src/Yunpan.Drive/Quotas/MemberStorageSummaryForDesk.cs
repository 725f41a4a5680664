using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Support;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Quotas;

/// <summary>K-12: Drive's answer to the desk: the space in use and the newest uploads that never completed.</summary>
internal sealed class MemberStorageSummaryForDesk(DbContext db, QuotaMeter meter) : IMemberStorageSummary
{
    private const int RecentUploads = 10;

    public async Task<MemberStorageSummary> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var usage = await meter.UsageAsync(memberId, cancellationToken);
        // Parts of a parallel upload are not what the member started; the final upload names the file.
        var unfinished = await db.Set<UploadSession>().AsNoTracking().Where(u => u.OwnerId == memberId && !u.IsPartial)
            .OrderByDescending(u => u.CreatedAt).Take(RecentUploads)
            .Select(u => new UnfinishedUpload(u.TargetPath, u.Length, u.Offset, u.CreatedAt, u.ExpiresAt)).ToListAsync(cancellationToken);
        return new MemberStorageSummary(usage.Files, usage.Versions, usage.Trash, usage.Uploads, unfinished);
    }
}
