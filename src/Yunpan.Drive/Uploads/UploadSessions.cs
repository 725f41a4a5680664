using Microsoft.EntityFrameworkCore;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Uploads;

/// <summary>Finds a member's upload: another member's id answers 404 like an unknown one, an expired one 410.</summary>
internal sealed class UploadSessions(DbContext db, TimeProvider clock)
{
    public DbSet<UploadSession> All => db.Set<UploadSession>();

    public async Task<UploadSession> RequireAsync(Guid ownerId, Guid id, CancellationToken cancellationToken)
    {
        var session = await All.FirstOrDefaultAsync(u => u.Id == id && u.OwnerId == ownerId, cancellationToken)
            ?? throw DriveErrors.NotFound("upload");
        return session.ExpiresAt <= clock.GetUtcNow() ? throw DriveErrors.UploadGone() : session;
    }
}
