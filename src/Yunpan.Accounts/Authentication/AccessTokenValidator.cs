using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Persistence;
using Yunpan.Accounts.Tokens;

namespace Yunpan.Accounts.Authentication;

/// <summary>Checks an access token secret (<c>yp_…</c>) against the stored hashes; shared by the Bearer scheme and
/// the Basic scheme (where sync clients put the token in the password field).</summary>
internal sealed class AccessTokenValidator(DbContext db, UserManager<YunpanUser> users, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static bool LooksLikeToken(string secret) => secret.StartsWith(TokenSecret.Prefix, StringComparison.Ordinal) && secret.Length <= 200;

    /// <summary>The member's identity, or null when the token is unknown, expired, revoked or its account is gone.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string secret, string scheme, CancellationToken cancellationToken)
    {
        var hash = TokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        var token = await db.Set<AccessToken>().AsNoTracking()
            .Where(t => t.SecretHash == hash)
            .Select(t => new { t.Id, t.MemberId, t.ExpiresAt, t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (token is null || token.ExpiresAt <= now)
        {
            return null;
        }

        // A password lockout does not stop tokens: it guards against guessing passwords, and honouring it here
        // would let anyone who knows a member's e-mail cut off their CLI and sync clients at will.
        var user = await users.FindByIdAsync(token.MemberId.ToString());
        if (user is null)
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            await db.Set<AccessToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return await IdentityOfAsync(users, user, "token", scheme);
    }

    public static async Task<ClaimsIdentity> IdentityOfAsync(UserManager<YunpanUser> users, YunpanUser user, string method, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? user.Id.ToString()),
            new(AuthSchemes.AuthMethodClaim, method),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsIdentity(claims, scheme);
    }
}
