using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Express;

/// <summary>Lookups and the wire form of parcels: members see only what they sent or received.</summary>
internal sealed class ExpressParcels(DbContext db, TimeProvider clock)
{
    public async Task<ExpressParcel> RequireReceivedAsync(Guid recipientId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<ExpressParcel>().FirstOrDefaultAsync(p => p.Id == id && p.RecipientId == recipientId, cancellationToken)
        ?? throw SharingErrors.ParcelNotFound();

    public async Task<ExpressList> InboxAsync(Guid recipientId, CancellationToken cancellationToken) =>
        new((await db.Set<ExpressParcel>().AsNoTracking().Where(p => p.RecipientId == recipientId).OrderByDescending(p => p.SentAt)
            .ToListAsync(cancellationToken)).Select(ToDto).ToList());

    public async Task<ExpressList> SentAsync(Guid senderId, CancellationToken cancellationToken) =>
        new((await db.Set<ExpressParcel>().AsNoTracking().Where(p => p.SenderId == senderId).OrderByDescending(p => p.SentAt)
            .ToListAsync(cancellationToken)).Select(ToDto).ToList());

    /// <summary>A pending parcel past its deadline is expired even before the sweeper has written so.</summary>
    public string StatusOf(ExpressParcel parcel) =>
        parcel.Status == ExpressStatuses.Pending && parcel.ExpiresAt <= clock.GetUtcNow() ? ExpressStatuses.Expired : parcel.Status;

    public ExpressDto ToDto(ExpressParcel p) =>
        new(p.Id, p.SenderId, p.RecipientId, p.Name, p.IsFolder, p.Size, p.Message, StatusOf(p), p.SentAt, p.ExpiresAt, p.DecidedAt, p.SavedPath);
}
