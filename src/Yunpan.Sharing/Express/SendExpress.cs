using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Naming;
using Yunpan.Core.Security;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Express;

/// <summary>
/// File express (S-12): sends a file or folder of the sender's drive to another member, found by e-mail or phone.
/// From the drive there is no size limit (nothing is copied; a local file is uploaded first, under the plan's
/// single-file limit). The parcel waits in the recipient's inbox until accepted, declined or expired.
/// </summary>
internal sealed class SendExpress(DbContext db, IDriveFiles drive, IMemberLookup members, ExpressParcels parcels, IOptions<SharingOptions> options, TimeProvider clock)
{
    public const int MaxMessage = 1000;

    public async Task<ExpressDto> ExecuteAsync(Guid senderId, SendExpressRequest request, CancellationToken cancellationToken)
    {
        var path = DrivePath.Parse(request.Path ?? throw SharingErrors.Validation("Give the path of the file or folder to send."));
        if (path.IsRoot)
        {
            throw SharingErrors.Validation("Send a file or a folder, not the whole drive.");
        }

        var message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim();
        if (message?.Length > MaxMessage)
        {
            throw SharingErrors.Validation($"A message holds up to {MaxMessage} characters.");
        }

        var item = await drive.FindAsync(senderId, path, cancellationToken) ?? throw SharingErrors.NothingThere(path.Value);
        var recipient = await members.FindIdByLoginAsync(request.To, cancellationToken) ?? throw SharingErrors.RecipientNotFound();
        if (recipient == senderId)
        {
            throw SharingErrors.Validation("That is your own address; copy the item within your drive instead.");
        }

        var now = clock.GetUtcNow();
        var parcel = new ExpressParcel
        {
            Id = Guid.CreateVersion7(now),
            SenderId = senderId,
            RecipientId = recipient,
            NodeId = item.Id,
            Name = item.Name,
            IsFolder = item.IsFolder,
            Size = await drive.TreeSizeAsync(senderId, item, cancellationToken),
            Message = message,
            Status = ExpressStatuses.Pending,
            SentAt = now,
            ExpiresAt = now + options.Value.ExpressExpiry,
        };
        db.Set<ExpressParcel>().Add(parcel);
        await db.SaveChangesAsync(cancellationToken);
        return parcels.ToDto(parcel);
    }
}
