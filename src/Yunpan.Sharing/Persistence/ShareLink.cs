using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Persistence;

/// <summary>
/// A published link to a file or folder of the publisher's drive (S-1…S-3). It follows the item by id, so renames and
/// moves keep it working; a deleted item leaves the link without a target.
/// </summary>
internal sealed class ShareLink
{
    public Guid Id { get; set; }

    /// <summary>The unguessable part of /s/{token}: 128 random bits, base64url.</summary>
    public string Token { get; set; } = "";

    public Guid OwnerId { get; set; }

    public Guid NodeId { get; set; }

    public bool IsFolder { get; set; }

    /// <summary>The extraction code (S-2). Kept readable: the publisher copies the link with its code (S-11), and it
    /// guards no more than the token beside it. Null for a public link.</summary>
    public string? Password { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public bool HideDescription { get; set; }

    public string Template { get; set; } = "";

    public bool ForbidSave { get; set; }

    /// <summary>A business link (S-8): Gold only, downloads metered against the publisher's monthly traffic, and the
    /// publisher's own promotion instead of the platform's.</summary>
    public bool IsBusiness { get; set; }

    /// <summary>The publisher's promotion text on a business link's page (shown as text, never as markup).</summary>
    public string? PromotionText { get; set; }

    /// <summary>An image file of the publisher's own drive shown with the promotion: served from this server, so a
    /// link page never loads from, or leaks its visitors to, an address a publisher typed in.</summary>
    public Guid? PromotionImageId { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public int? DownloadLimit { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public long Views { get; set; }

    public long Downloads { get; set; }

    public long Saves { get; set; }

    public long BytesSent { get; set; }

    /// <summary>Downloads started in the month that begins at <see cref="MonthStart"/> (S-6's monthly ad-free quota).</summary>
    public int MonthDownloads { get; set; }

    public DateTimeOffset MonthStart { get; set; }

    public void Apply(LinkSettings settings, Guid? promotionImageId)
    {
        IsBusiness = settings.Business;
        PromotionText = settings.PromotionText;
        PromotionImageId = promotionImageId;
        Password = settings.Password;
        Title = settings.Title;
        Description = settings.Description;
        HideDescription = settings.HideDescription;
        Template = settings.Template;
        ForbidSave = settings.ForbidSave;
        ExpiresAt = settings.ExpiresAt;
        DownloadLimit = settings.DownloadLimit;
    }
}
