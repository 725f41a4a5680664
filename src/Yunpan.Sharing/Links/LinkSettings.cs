using Yunpan.Contracts.Sharing;

namespace Yunpan.Sharing.Links;

/// <summary>What a publisher chooses for a link, validated and trimmed; the same for creating and editing.</summary>
internal sealed record LinkSettings(
    string? Password,
    string? Title,
    string? Description,
    bool HideDescription,
    string Template,
    bool ForbidSave,
    DateTimeOffset? ExpiresAt,
    int? DownloadLimit,
    bool Business = false,
    string? PromotionText = null,
    string? PromotionImage = null)
{
    public const int MaxPromotionText = 500;
    public const int MinPassword = 4;
    public const int MaxPassword = 32;
    public const int MaxTitle = 200;
    public const int MaxDescription = 4000;

    public static LinkSettings From(CreateShareRequest r, DateTimeOffset now) =>
        Validate(r.Password, r.Title, r.Description, r.HideDescription, r.Template, r.ForbidSave, r.ExpiresAt, r.DownloadLimit, now)
            .WithBusiness(r.Business, r.PromotionText, r.PromotionImage);

    public static LinkSettings From(UpdateShareRequest r, DateTimeOffset now) =>
        Validate(r.Password, r.Title, r.Description, r.HideDescription, r.Template, r.ForbidSave, r.ExpiresAt, r.DownloadLimit, now)
            .WithBusiness(r.Business, r.PromotionText, r.PromotionImage);

    /// <summary>S-8: the publisher's own promotion belongs to business links only (other links carry the platform's slot).</summary>
    private LinkSettings WithBusiness(bool business, string? promotionText, string? promotionImage)
    {
        promotionText = string.IsNullOrWhiteSpace(promotionText) ? null : promotionText.Trim();
        promotionImage = string.IsNullOrWhiteSpace(promotionImage) ? null : promotionImage.Trim();
        if (!business && (promotionText is not null || promotionImage is not null))
        {
            throw SharingErrors.Validation("A promotion text or image is shown on business links only; set business to true or leave them out.");
        }

        if (promotionText?.Length > MaxPromotionText)
        {
            throw SharingErrors.Validation($"A promotion text holds up to {MaxPromotionText} characters.");
        }

        return this with { Business = business, PromotionText = promotionText, PromotionImage = promotionImage };
    }

    /// <summary>An extraction code: 4 to 32 letters, digits or ASCII punctuation, no spaces (it is typed by hand).</summary>
    public static string ValidatePassword(string? password)
    {
        var code = password?.Trim() ?? "";
        return code.Length is >= MinPassword and <= MaxPassword && code.All(c => c is > ' ' and <= '~')
            ? code
            : throw SharingErrors.InvalidPassword();
    }

    private static LinkSettings Validate(string? password, string? title, string? description, bool hideDescription, string? template,
        bool forbidSave, DateTimeOffset? expiresAt, int? downloadLimit, DateTimeOffset now)
    {
        var code = string.IsNullOrEmpty(password) ? null : ValidatePassword(password);
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (title?.Length > MaxTitle || description?.Length > MaxDescription)
        {
            throw SharingErrors.Validation($"A title holds up to {MaxTitle} characters, a description up to {MaxDescription}.");
        }

        var chosen = string.IsNullOrWhiteSpace(template) ? ShareTemplates.Classic : template.Trim().ToLowerInvariant();
        if (!ShareTemplates.All.Contains(chosen))
        {
            throw SharingErrors.Validation($"Unknown template '{template}'; choose one of {string.Join(", ", ShareTemplates.All)}.");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw SharingErrors.Validation("The expiry lies in the past.");
        }

        if (downloadLimit is < 1)
        {
            throw SharingErrors.Validation("A download limit is 1 or more (leave it out for no limit).");
        }

        return new LinkSettings(code, title, description, hideDescription, chosen, forbidSave, expiresAt?.ToUniversalTime(), downloadLimit);
    }
}
