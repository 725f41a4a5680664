using Microsoft.EntityFrameworkCore;

namespace Yunpan.Sharing.Links;

/// <summary>Cancels a link for good (S-3): its page answers 410 from now on; the publisher still sees it and its counters.</summary>
internal sealed class RevokeShareLink(DbContext db, OwnLinks links, TimeProvider clock)
{
    public async Task ExecuteAsync(Guid ownerId, Guid id, CancellationToken cancellationToken)
    {
        var link = await links.RequireAsync(ownerId, id, cancellationToken);
        link.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
