using Microsoft.EntityFrameworkCore;

namespace Yunpan.Drive.Uploads;

/// <summary>tus termination (DELETE): the bytes and the quota reservation go at once.</summary>
internal sealed class TerminateUpload(DbContext db, UploadSessions sessions, UploadStaging staging)
{
    public async Task ExecuteAsync(Guid ownerId, Guid id, CancellationToken cancellationToken)
    {
        using var gate = await staging.LockAsync(id, cancellationToken);
        var session = await sessions.RequireAsync(ownerId, id, cancellationToken);
        db.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
        staging.Delete(id);
    }
}
