using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

internal sealed class LinkMapper(LinkUrls urls)
{
    public ShareLinkDto ToDto(ShareLink link, DriveEntry? target, LinkState state) => new(
        link.Id,
        link.Token,
        urls.Page(link.Token),
        target?.Path,
        target?.Name,
        link.IsFolder,
        link.Password is not null,
        link.Password,
        link.Title,
        link.Description,
        link.HideDescription,
        link.Template,
        link.ForbidSave,
        link.ExpiresAt,
        link.DownloadLimit,
        link.CreatedAt,
        state.Status,
        state.Gap == RightsGap.None ? null : SharingErrors.Reason(state.Gap),
        new ShareCounters(link.Views, link.Downloads, link.Saves, link.BytesSent));
}
