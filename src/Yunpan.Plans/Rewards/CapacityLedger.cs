using Microsoft.EntityFrameworkCore;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Rewards;

/// <summary>The grants part of a member's capacity (the plan's part is the plan's).</summary>
internal sealed class CapacityLedger(DbContext db)
{
    private IQueryable<CapacityGrant> Grants => db.Set<CapacityGrant>().AsNoTracking();

    public async Task<long> ActiveBytesAsync(Guid memberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ActiveBytes(db, memberId, now, cancellationToken) ?? 0;

    // Compiled once: part of every member's entitlements, which every upload reads.
    private static readonly Func<DbContext, Guid, DateTimeOffset, CancellationToken, Task<long?>> ActiveBytes = EF.CompileAsyncQuery(
        (DbContext db, Guid memberId, DateTimeOffset now, CancellationToken _) => db.Set<CapacityGrant>()
            .Where(g => g.MemberId == memberId && (g.ExpiresAt == null || g.ExpiresAt > now))
            .Sum(g => (long?)g.Bytes));

    public Task<List<CapacityGrant>> ListAsync(Guid memberId, CancellationToken cancellationToken) =>
        Grants.Where(g => g.MemberId == memberId).OrderBy(g => g.GrantedAt).ToListAsync(cancellationToken);

    public Task<bool> HasAsync(Guid memberId, string source, string reference, CancellationToken cancellationToken) =>
        Grants.AnyAsync(g => g.MemberId == memberId && g.Source == source && g.Reference == reference, cancellationToken);

    /// <summary>Grants once per (member, source, reference); false when that grant exists already.</summary>
    public Task<bool> TryGrantAsync(Guid memberId, string source, string reference, long bytes, DateTimeOffset now, CancellationToken cancellationToken) =>
        UniqueInsert.TrySaveAsync(db, cancellationToken, new CapacityGrant
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Source = source,
            Reference = reference,
            Bytes = bytes,
            GrantedAt = now,
        });
}
