using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Quotas;

/// <summary>
/// Measures a member's usage: files, trash and versions from the counter row the database keeps in step with the tree
/// (<see cref="MemberUsage"/>), so the cost does not grow with the drive; uploads in progress from their sessions,
/// which are few and expire with time. Read inside a write transaction, the answer is exact.
/// </summary>
public sealed class QuotaMeter(DbContext db, TimeProvider clock)
{
    public async Task<QuotaUsage> UsageAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await db.Set<MemberUsage>().AsNoTracking().Where(u => u.OwnerId == ownerId)
            .Select(u => new { u.Files, u.Versions, u.Trash })
            .FirstOrDefaultAsync(cancellationToken);
        var uploads = await db.Set<UploadSession>().Where(u => u.OwnerId == ownerId && u.ExpiresAt > now).SumAsync(u => (long?)u.Length, cancellationToken) ?? 0;
        return new QuotaUsage(stored?.Files ?? 0, stored?.Versions ?? 0, stored?.Trash ?? 0, uploads);
    }
}
