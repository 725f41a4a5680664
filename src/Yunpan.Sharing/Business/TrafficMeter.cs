using Microsoft.EntityFrameworkCore;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Business;

/// <summary>
/// Reserves and settles a publisher's business-link traffic (S-8) in their month row. The reservation is a single
/// conditional UPDATE (used + n ≤ budget), so concurrent downloads, on this node or another, cannot both take the
/// last bytes.
/// </summary>
internal sealed class TrafficMeter(DbContext db)
{
    private IQueryable<BusinessTrafficMonth> Row(Guid ownerId, int month) =>
        db.Set<BusinessTrafficMonth>().Where(t => t.OwnerId == ownerId && t.Month == month);

    public async Task<long> UsedAsync(Guid ownerId, int month, CancellationToken cancellationToken) =>
        await Row(ownerId, month).Select(t => (long?)t.Used).FirstOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>Takes <paramref name="bytes"/> of the month's <paramref name="budget"/>; false (nothing taken) when
    /// they do not fit.</summary>
    public async Task<bool> TryReserveAsync(Guid ownerId, int month, long bytes, long budget, CancellationToken cancellationToken)
    {
        if (bytes > budget)
        {
            return false;
        }

        if (await ReserveAsync(ownerId, month, bytes, budget, cancellationToken))
        {
            return true;
        }

        if (await Row(ownerId, month).AnyAsync(cancellationToken))
        {
            return false;
        }

        await EnsureRowAsync(ownerId, month, cancellationToken);
        return await ReserveAsync(ownerId, month, bytes, budget, cancellationToken);
    }

    /// <summary>Gives back what a download reserved and did not send.</summary>
    public Task ReleaseAsync(Guid ownerId, int month, long bytes) =>
        bytes <= 0 ? Task.CompletedTask : Row(ownerId, month).ExecuteUpdateAsync(s => s.SetProperty(t => t.Used, t => t.Used - bytes), CancellationToken.None);

    private async Task<bool> ReserveAsync(Guid ownerId, int month, long bytes, long budget, CancellationToken cancellationToken) =>
        await Row(ownerId, month).Where(t => t.Used + bytes <= budget)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Used, t => t.Used + bytes), cancellationToken) == 1;

    /// <summary>The month's row, created by whichever download comes first; a parallel one that loses the insert
    /// finds the row made by the other.</summary>
    private async Task EnsureRowAsync(Guid ownerId, int month, CancellationToken cancellationToken)
    {
        var row = new BusinessTrafficMonth { OwnerId = ownerId, Month = month };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The primary key says another download created it first.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
