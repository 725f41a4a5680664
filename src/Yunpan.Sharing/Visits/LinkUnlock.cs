using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// Unlocking an encrypted link (S-2). A right code sets a cookie scoped to the link's pages (Path=/s/{token}) that
/// names the link and a stamp of the code, protected by Data Protection: it opens no other link, and changing the
/// code locks out everyone who unlocked it with the old one.
/// </summary>
internal sealed class LinkUnlock(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "yunpan.link";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    // The expiry travels inside the protected payload and is checked against the injected clock (the time-limited
    // protector would check the machine's clock instead).
    private readonly IDataProtector _protector = protection.CreateProtector("Yunpan.Sharing.LinkUnlock");

    public static bool Matches(ShareLink link, string? code) =>
        link.Password is null
        || (code is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code.Trim()), Encoding.UTF8.GetBytes(link.Password)));

    /// <summary>Public links are always open; encrypted ones with the link's cookie.</summary>
    public bool IsUnlocked(HttpContext http, ShareLink link)
    {
        if (link.Password is null)
        {
            return true;
        }

        if (http.Request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return false;
        }

        try
        {
            var payload = _protector.Unprotect(cookie).Split('|');
            return payload.Length == 2 && payload[0] == Stamp(link)
                && long.TryParse(payload[1], System.Globalization.CultureInfo.InvariantCulture, out var expires)
                && expires > clock.GetUtcNow().ToUnixTimeSeconds();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Unlock(HttpContext http, ShareLink link)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = Stamp(link) + "|" + expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            Path = LinkUrls.PagePrefix + link.Token,
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    private static string Stamp(ShareLink link) =>
        link.Id.ToString("N") + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(link.Id.ToString("N") + link.Password)))[..16];
}
