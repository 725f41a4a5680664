using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Express;

/// <summary>
/// The recipient's answer to a parcel (S-12): accept copies the sender's item into a folder of their drive (no bytes
/// copied, their quota checked, a free name on a clash); decline leaves both drives as they are. Only a pending
/// parcel can be answered, once.
/// </summary>
internal sealed class AnswerExpress(DbContext db, IDriveFiles drive, ExpressParcels parcels, TimeProvider clock)
{
    public async Task<ExpressDto> AcceptAsync(Guid recipientId, Guid id, string? folder, CancellationToken cancellationToken)
    {
        var destination = DrivePath.Parse(folder);
        var parcel = await PendingAsync(recipientId, id, cancellationToken);
        var item = await drive.FindByIdAsync(parcel.SenderId, parcel.NodeId, cancellationToken);
        if (item is null)
        {
            parcel.Status = ExpressStatuses.Withdrawn;
            parcel.DecidedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            throw SharingErrors.ParcelClosed(ExpressStatuses.Withdrawn);
        }

        // Claimed before the copy, so that two answers at once copy once; given back when the copy is refused
        // (quota, missing folder). Statements, not tracked changes: a folder copy clears the context as it goes.
        var now = clock.GetUtcNow();
        if (await Pending(id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ExpressStatuses.Accepted).SetProperty(p => p.DecidedAt, now), cancellationToken) == 0)
        {
            throw await ClosedMeanwhileAsync(id, cancellationToken);
        }

        DriveEntry copy;
        try
        {
            copy = await drive.CopyFromAsync(parcel.SenderId, DrivePath.Parse(item.Path), recipientId, destination, cancellationToken);
        }
        catch
        {
            await db.Set<ExpressParcel>().Where(p => p.Id == id).ExecuteUpdateAsync(
                u => u.SetProperty(p => p.Status, ExpressStatuses.Pending).SetProperty(p => p.DecidedAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }

        await db.Set<ExpressParcel>().Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.SavedPath, copy.Path), cancellationToken);
        parcel.Status = ExpressStatuses.Accepted;
        parcel.DecidedAt = now;
        parcel.SavedPath = copy.Path;
        return parcels.ToDto(parcel);
    }

    private IQueryable<ExpressParcel> Pending(Guid id) =>
        db.Set<ExpressParcel>().Where(p => p.Id == id && p.Status == ExpressStatuses.Pending);

    public async Task<ExpressDto> DeclineAsync(Guid recipientId, Guid id, CancellationToken cancellationToken)
    {
        var parcel = await PendingAsync(recipientId, id, cancellationToken);
        var now = clock.GetUtcNow();
        if (await Pending(id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ExpressStatuses.Declined).SetProperty(p => p.DecidedAt, now), cancellationToken) == 0)
        {
            throw await ClosedMeanwhileAsync(id, cancellationToken);
        }

        parcel.Status = ExpressStatuses.Declined;
        parcel.DecidedAt = now;
        return parcels.ToDto(parcel);
    }

    /// <summary>Another answer (or the sweeper) came first: say what it made of the parcel.</summary>
    private async Task<Core.Errors.DomainException> ClosedMeanwhileAsync(Guid id, CancellationToken cancellationToken) =>
        SharingErrors.ParcelClosed(await db.Set<ExpressParcel>().Where(p => p.Id == id).Select(p => p.Status).SingleAsync(cancellationToken));

    private async Task<ExpressParcel> PendingAsync(Guid recipientId, Guid id, CancellationToken cancellationToken)
    {
        var parcel = await parcels.RequireReceivedAsync(recipientId, id, cancellationToken);
        var status = parcels.StatusOf(parcel);
        return status == ExpressStatuses.Pending ? parcel : throw SharingErrors.ParcelClosed(status);
    }
}
