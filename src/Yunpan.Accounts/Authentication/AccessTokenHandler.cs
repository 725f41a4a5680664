using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Persistence;
using Yunpan.Accounts.Tokens;

namespace Yunpan.Accounts.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer yp_…</c> against the stored token hashes.</summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    DbContext db,
    UserManager<YunpanUser> users,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(TokenSecret.Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return AuthenticateResult.Fail("The access token is malformed.");
        }

        var hash = TokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        var token = await db.Set<AccessToken>().AsNoTracking()
            .Where(t => t.SecretHash == hash)
            .Select(t => new { t.Id, t.MemberId, t.ExpiresAt, t.LastUsedAt })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null || token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The access token is invalid, expired or revoked.");
        }

        // A password lockout does not stop tokens: it guards against guessing passwords, and honouring it here
        // would let anyone who knows a member's e-mail cut off their CLI and sync clients at will.
        var user = await users.FindByIdAsync(token.MemberId.ToString());
        if (user is null)
        {
            return AuthenticateResult.Fail("The account behind this access token no longer exists.");
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            await db.Set<AccessToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? user.Id.ToString()),
            new(AuthSchemes.AuthMethodClaim, "token"),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"yunpan\", error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
