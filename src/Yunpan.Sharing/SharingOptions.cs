using System.ComponentModel.DataAnnotations;

namespace Yunpan.Sharing;

/// <summary>Configuration section <c>Sharing</c>.</summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>Scheme and host that link URLs are given with (e.g. https://pan.example.com). Empty: the address the
    /// publisher's request came to.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Wrong or right, password attempts per link within <see cref="PasswordWindow"/> (S-2 brute force).</summary>
    [Range(1, 100_000)]
    public int PasswordAttemptsPerLink { get; set; } = 30;

    /// <summary>Password attempts per client address within <see cref="PasswordWindow"/>, across links.</summary>
    [Range(1, 100_000)]
    public int PasswordAttemptsPerClient { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PasswordWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a file express parcel waits for its recipient (S-12). Default 30 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ExpressExpiry { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ExpressSweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Downloads of a link per month without the promotion slot (S-6); after that the banner shows, except
    /// for publishers whose plan has adFreeLinks.</summary>
    [Range(0, int.MaxValue)]
    public int AdFreeDownloadsPerMonth { get; set; } = 100;

    /// <summary>The operator's banner text for the promotion slot (S-6); empty: no banner.</summary>
    [MaxLength(500)]
    public string? PromotionText { get; set; }

    /// <summary>Where the banner leads (optional).</summary>
    public string? PromotionUrl { get; set; }
}
