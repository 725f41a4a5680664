using Yunpan.Contracts.Sharing;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

/// <summary>Whether a link serves, and if not why: one of <see cref="ShareStatuses"/>, with the rights gap for beyond_plan.</summary>
internal sealed record LinkState(string Status, RightsGap Gap)
{
    public bool IsActive => Status == ShareStatuses.Active;

    /// <summary>Gone for good (a 410 page), as opposed to held back by the plan.</summary>
    public bool IsGone => Status is ShareStatuses.Expired or ShareStatuses.Revoked or ShareStatuses.LimitReached or ShareStatuses.Removed;

    public static LinkState Of(ShareLink link, DriveEntry? target, Entitlements publisher, DateTimeOffset now)
    {
        if (link.RevokedAt is not null)
        {
            return new(ShareStatuses.Revoked, RightsGap.None);
        }

        if (link.ExpiresAt is { } expiry && expiry <= now)
        {
            return new(ShareStatuses.Expired, RightsGap.None);
        }

        if (link.DownloadLimit is { } limit && link.Downloads >= limit)
        {
            return new(ShareStatuses.LimitReached, RightsGap.None);
        }

        if (target is null)
        {
            return new(ShareStatuses.Removed, RightsGap.None);
        }

        var gap = LinkRights.Check(SettingsOf(link), target.IsFolder ? 0 : target.Size, publisher);
        return gap == RightsGap.None ? new(ShareStatuses.Active, gap) : new(ShareStatuses.BeyondPlan, gap);
    }

    public static LinkSettings SettingsOf(ShareLink link) =>
        new(link.Password, link.Title, link.Description, link.HideDescription, link.Template, link.ForbidSave, link.ExpiresAt, link.DownloadLimit,
            link.IsBusiness, link.PromotionText);
}
