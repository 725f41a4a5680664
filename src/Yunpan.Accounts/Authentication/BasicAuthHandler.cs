using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Accounts.Members;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Authentication;

/// <summary>
/// HTTP Basic for protocol clients that know nothing else (WebDAV, the Nextcloud desktop client): the password is an
/// access token (any login), or the member's own password with their e-mail or phone as login. Only endpoints that
/// name this scheme use it; the API keeps Bearer and cookies.
/// </summary>
/// <remarks>
/// Password hashing is deliberately slow, and a DAV client sends the header with every request: a successful
/// password check is remembered for a short while under a keyed hash of login and password (never the password
/// itself), so a sync of 1 000 files does not hash the password 1 000 times. Failures are never cached and go through
/// the lockout of <see cref="CredentialCheck"/>.
/// </remarks>
internal sealed class BasicAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AccessTokenValidator tokens,
    CredentialCheck credentials,
    UserManager<YunpanUser> users,
    BasicCredentialCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string Challenge = "Basic realm=\"yunpan\", charset=\"UTF-8\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var basic = BasicCredentials.From(Request);
        if (basic is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (AccessTokenValidator.LooksLikeToken(basic.Password))
        {
            var identity = await tokens.ValidateAsync(basic.Password, Scheme.Name, Context.RequestAborted);
            return identity is null ? AuthenticateResult.Fail("The access token is invalid, expired or revoked.") : Success(identity);
        }

        var key = cache.KeyOf(basic);
        if (cache.TryGet(key, out var remembered))
        {
            return Success(remembered);
        }

        try
        {
            var user = await credentials.VerifyAsync(basic.Login, basic.Password, Context.RequestAborted);
            var identity = await AccessTokenValidator.IdentityOfAsync(users, user, "pwd", Scheme.Name);
            cache.Remember(key, user.Id, identity);
            return Success(identity);
        }
        catch (DomainException e)
        {
            return AuthenticateResult.Fail(e.Message);
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", Challenge);
        return Task.CompletedTask;
    }

    private AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
}
