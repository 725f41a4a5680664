using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Persistence;
using Yunpan.Accounts.Tokens;

namespace Yunpan.Accounts.Authentication;

/// <summary>Checks an access token secret (<c>yp_…</c>) against the stored hashes; shared by the Bearer scheme and
/// the Basic scheme (where sync clients put the token in the password field).</summary>
internal sealed class AccessTokenValidator(DbContext db, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static bool LooksLikeToken(string secret) => secret.StartsWith(TokenSecret.Prefix, StringComparison.Ordinal) && secret.Length <= 200;

    /// <summary>The member's identity, or null when the token is unknown, expired, revoked or its account is gone.</summary>
    /// <remarks>
    /// Token, account and roles come in one indexed query (a row per role) rather than being remembered between
    /// requests: a revocation, a deleted account or a role granted by <c>admin create</c> in another process or on
    /// another node then counts from the very next request, with no cache to keep in step.
    /// </remarks>
    public async Task<ClaimsIdentity?> ValidateAsync(string secret, string scheme, CancellationToken cancellationToken)
    {
        var hash = TokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        var rows = await TokenRows(db, hash).ToListAsync(cancellationToken);

        // A password lockout does not stop tokens: it guards against guessing passwords, and honouring it here
        // would let anyone who knows a member's e-mail cut off their CLI and sync clients at will.
        var token = rows.FirstOrDefault();
        if (token is null || token.ExpiresAt <= now)
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            await db.Set<AccessToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return IdentityOf(token.MemberId, token.UserName, "token", rows.Select(r => r.Role).OfType<string>(), scheme);
    }

    private sealed record TokenRow(Guid Id, Guid MemberId, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, string? UserName, string? Role);

    // Compiled once: this query runs on every request that carries a token.
    private static readonly Func<DbContext, string, IAsyncEnumerable<TokenRow>> TokenRows = EF.CompileAsyncQuery(
        (DbContext db, string hash) =>
            from t in db.Set<AccessToken>().AsNoTracking()
            where t.SecretHash == hash
            join u in db.Set<YunpanUser>().AsNoTracking() on t.MemberId equals u.Id
            from r in db.Set<IdentityUserRole<Guid>>().AsNoTracking().Where(r => r.UserId == u.Id).DefaultIfEmpty()
            from role in db.Set<IdentityRole<Guid>>().AsNoTracking().Where(role => role.Id == r!.RoleId).DefaultIfEmpty()
            select new TokenRow(t.Id, t.MemberId, t.ExpiresAt, t.LastUsedAt, u.UserName, role == null ? null : role.Name));

    public static async Task<ClaimsIdentity> IdentityOfAsync(UserManager<YunpanUser> users, YunpanUser user, string method, string scheme) =>
        IdentityOf(user.Id, user.UserName, method, await users.GetRolesAsync(user), scheme);

    private static ClaimsIdentity IdentityOf(Guid memberId, string? userName, string method, IEnumerable<string> roles, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, memberId.ToString()),
            new(ClaimTypes.Name, userName ?? memberId.ToString()),
            new(AuthSchemes.AuthMethodClaim, method),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsIdentity(claims, scheme);
    }
}
