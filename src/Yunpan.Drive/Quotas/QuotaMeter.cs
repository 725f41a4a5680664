using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Quotas;

/// <summary>Measures a member's usage from the tree itself, so it can never drift from what is stored.</summary>
public sealed class QuotaMeter(DbContext db, TimeProvider clock)
{
    public async Task<QuotaUsage> UsageAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var files = await db.Set<Node>()
            .Where(n => n.OwnerId == ownerId && n.Kind == NodeKind.File)
            .GroupBy(n => n.TrashItemId == null)
            .Select(g => new { Live = g.Key, Bytes = g.Sum(n => n.Size) })
            .ToListAsync(cancellationToken);
        var versions = await db.Set<FileVersion>().Where(v => v.OwnerId == ownerId).SumAsync(v => (long?)v.Size, cancellationToken) ?? 0;
        var now = clock.GetUtcNow();
        var uploads = await db.Set<UploadSession>().Where(u => u.OwnerId == ownerId && u.ExpiresAt > now).SumAsync(u => (long?)u.Length, cancellationToken) ?? 0;
        return new QuotaUsage(
            files.Where(f => f.Live).Sum(f => f.Bytes),
            versions,
            files.Where(f => !f.Live).Sum(f => f.Bytes),
            uploads);
    }
}
