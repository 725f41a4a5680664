using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

internal sealed class LinkMapper(LinkUrls urls)
{
    public ShareLinkDto ToDto(ShareLink link, DriveEntry? target, LinkState state, DriveEntry? promotionImage = null)
    {
        var url = urls.Page(link.Token);
        var title = link.Title ?? target?.Name ?? link.Token;
        return new(
            link.Id,
            link.Token,
            url,
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
            new ShareCounters(link.Views, link.Downloads, link.Saves, link.BytesSent),
            ShareIntents.Text(title, url, link.Password),
            url + "/qr.png",
            ShareIntents.For(title, url).ToDictionary(i => i.Network, i => i.Url, StringComparer.Ordinal),
            link.IsBusiness,
            link.PromotionText,
            promotionImage?.Path);
    }
}
