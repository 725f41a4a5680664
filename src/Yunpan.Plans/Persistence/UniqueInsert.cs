using Microsoft.EntityFrameworkCore;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Persistence;

/// <summary>Rewards and invoices are made "once" by unique indexes: a racing request that reaches the index second has lost, and
/// its entities are forgotten so the context stays usable.</summary>
internal static class UniqueInsert
{
    public static async Task<bool> TrySaveAsync(DbContext db, CancellationToken cancellationToken, params object[] entities)
    {
        foreach (var entity in entities)
        {
            db.Add(entity);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            foreach (var entity in entities)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            return false;
        }
    }
}
