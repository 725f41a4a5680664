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
        // Every upload asks twice (before the body and in the write transaction): one round trip, compiled once.
        var stored = await Stored(db, ownerId, now, cancellationToken);
        if (stored is null)
        {
            // No counter row yet: nothing was ever stored, but uploads may be under way.
            return new QuotaUsage(0, 0, 0, await Reserved(db, ownerId, now, cancellationToken) ?? 0);
        }

        return new QuotaUsage(stored.Files, stored.Versions, stored.Trash, stored.Uploads ?? 0);
    }

    private sealed record StoredUsage(long Files, long Versions, long Trash, long? Uploads);

    private static readonly Func<DbContext, Guid, DateTimeOffset, CancellationToken, Task<StoredUsage?>> Stored = EF.CompileAsyncQuery(
        (DbContext db, Guid ownerId, DateTimeOffset now, CancellationToken _) => db.Set<MemberUsage>()
            .Where(u => u.OwnerId == ownerId)
            .Select(u => new StoredUsage(u.Files, u.Versions, u.Trash,
                db.Set<UploadSession>().Where(s => s.OwnerId == ownerId && s.ExpiresAt > now).Sum(s => (long?)s.Length)))
            .FirstOrDefault());

    private static readonly Func<DbContext, Guid, DateTimeOffset, CancellationToken, Task<long?>> Reserved = EF.CompileAsyncQuery(
        (DbContext db, Guid ownerId, DateTimeOffset now, CancellationToken _) =>
            db.Set<UploadSession>().Where(s => s.OwnerId == ownerId && s.ExpiresAt > now).Sum(s => (long?)s.Length));
}
