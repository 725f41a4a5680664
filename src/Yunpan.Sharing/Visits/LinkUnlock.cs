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

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Yunpan.Sharing.LinkUnlock").ToTimeLimitedDataProtector();

    public static bool Matches(ShareLink link, string? code) =>
        link.Password is null
        || (code is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code.Trim()), Encoding.UTF8.GetBytes(link.Password)));

    /// <summary>Public links are always open; encrypted ones with the right code or the link's cookie.</summary>
    public bool IsUnlocked(HttpContext http, ShareLink link, string? code)
    {
        if (Matches(link, code))
        {
            return true;
        }

        if (http.Request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return false;
        }

        try
        {
            return _protector.Unprotect(cookie, out var expires) == Stamp(link) && expires > clock.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Unlock(HttpContext http, ShareLink link)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        http.Response.Cookies.Append(CookieName, _protector.Protect(Stamp(link), expires), new CookieOptions
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
