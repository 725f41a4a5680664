using Microsoft.AspNetCore.Http;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// Save to my drive (S-4): a signed-in visitor copies the shared item, or an item inside a shared folder, into a
/// folder of their own drive. Drive copies without bytes and checks the visitor's quota; the publisher may have
/// forbidden it (forbidSave).
/// </summary>
internal sealed class SaveToDrive(OpenLink open, IDriveFiles drive, LinkCounters counters)
{
    public async Task<DriveEntry> ExecuteAsync(HttpContext http, Guid visitorId, string token, string folder, string? path, string? code, CancellationToken cancellationToken)
    {
        var destination = DrivePath.Parse(folder);
        var visit = await open.RequireServingAsync(token, code, http, cancellationToken);
        if (visit.Link.ForbidSave)
        {
            throw SharingErrors.SaveForbidden();
        }

        var item = await open.ItemAsync(visit, path, cancellationToken);
        if (!item.IsFolder && item.Size > visit.Publisher.MaxShared)
        {
            throw SharingErrors.BeyondPlan(RightsGap.FileSize);
        }

        var copy = await drive.CopyFromAsync(visit.Link.OwnerId, DrivePath.Parse(item.Path), visitorId, destination, cancellationToken);
        await counters.SavedAsync(visit.Link.Id, cancellationToken);
        return copy;
    }
}
