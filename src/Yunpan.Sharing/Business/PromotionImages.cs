using Yunpan.Core.Naming;
using Yunpan.Drive.Files;

namespace Yunpan.Sharing.Business;

/// <summary>
/// The publisher's promotion image on a business link (S-8): a raster image file of their own drive, served by this
/// server. Not an outside URL (it would track visitors and could change behind the check), and not SVG (it can carry
/// script).
/// </summary>
internal static class PromotionImages
{
    public const long MaxBytes = 1024 * 1024;

    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png", "image/gif", "image/webp" };

    public static bool Fits(DriveEntry? file) => file is { IsFolder: false } && Types.Contains(file.ContentType) && file.Size <= MaxBytes;

    /// <summary>The image's id for the link, or null when none is given; a path that is not a fitting image is refused.</summary>
    public static async Task<DriveEntry?> ResolveAsync(IDriveFiles drive, Guid ownerId, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return null;
        }

        var file = await drive.FindAsync(ownerId, DrivePath.Parse(path), cancellationToken);
        return Fits(file) ? file : throw SharingErrors.PromotionImage();
    }
}
