using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Passwords;
using Yunpan.Accounts.Registration;
using Yunpan.Accounts.SignIn;
using Yunpan.Accounts.Tokens;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Activity;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Endpoints;

internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Accounts");

        group.MapPost("/register", async (RegisterRequest request, RegisterMember register, CancellationToken ct) =>
            {
                var user = await register.ExecuteAsync(request, ct);
                return TypedResults.Created("/api/v1/me", new AccountCreated(user.Id, user.Email, user.PhoneNumber));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("Register")
            .WithSummary("Create an account with an e-mail address or a mobile number (exactly one) and a password.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/signin", async (SignInRequest request, HttpContext http, SignInMember signIn, CancellationToken ct) =>
            {
                var user = await signIn.ExecuteAsync(request, SignInChannels.FromUserAgent(http.Request.Headers.UserAgent), ct);
                return TypedResults.Ok(new AccountCreated(user.Id, user.Email, user.PhoneNumber));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("SignIn")
            .WithSummary("Browser sign-in with e-mail or phone and password; sets the authentication cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);

        group.MapPost("/password/code", async (ResetCodeRequest request, SendResetCode send, CancellationToken ct) =>
            {
                await send.ExecuteAsync(request.Login, ct);
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("SendPasswordResetCode")
            .WithSummary("Forgotten password: send a code to the e-mail address or phone number given as login. Always 202, whether or not an account has that login.");

        group.MapPost("/password/reset", async (ResetPasswordRequest request, ResetPassword reset, CancellationToken ct) =>
            {
                await reset.ExecuteAsync(request, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("ResetPassword")
            .WithSummary("Forgotten password: set a new one with the code that was sent (400 invalid_code, 400 weak_password; wrong codes count toward the lockout, 423 account_locked). Other sessions end; access tokens stay valid.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status423Locked);

        group.MapPost("/signout", async (SignInManager<YunpanUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("SignOut")
            .WithSummary("End the browser session (removes the cookie).");

        group.MapPost("/tokens", CreateToken)
            .AllowAnonymous() // authenticates itself: Basic credentials, or an existing session or token
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("CreateAccessToken")
            .WithSummary("Create a personal access token. Authenticate with HTTP Basic (e-mail or phone : password) or an existing session; use the returned token as 'Authorization: Bearer'.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);

        group.MapGet("/tokens", (HttpContext http, ListAccessTokens list, CancellationToken ct) => list.ExecuteAsync(http.MemberId(), ct))
            .RequireAuthorization()
            .WithName("ListAccessTokens")
            .WithSummary("The member's access tokens (never their secrets).");

        group.MapDelete("/tokens/{id:guid}", async (Guid id, HttpContext http, RevokeAccessToken revoke, CancellationToken ct) =>
            {
                await revoke.ExecuteAsync(http.MemberId(), id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("RevokeAccessToken")
            .WithSummary("Revoke an access token at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<TokenCreated>> CreateToken(
        CreateTokenRequest request, HttpContext http, CredentialCheck credentials, CreateAccessToken create, ActivityFeed activity, CancellationToken ct)
    {
        Guid memberId;
        var basic = BasicCredentials.From(http.Request);
        if (basic is not null)
        {
            memberId = (await WithBasicChallenge(() => credentials.VerifyAsync(basic.Login, basic.Password, ct))).Id;
            await activity.PublishAsync(new MemberActivity(memberId, ActivityKinds.SignedIn, SignInChannels.FromUserAgent(http.Request.Headers.UserAgent)));
        }
        else if (http.User.Identity?.IsAuthenticated == true)
        {
            memberId = http.MemberId();
        }
        else
        {
            var missing = new DomainException(ErrorCodes.Unauthorized, StatusCodes.Status401Unauthorized,
                "Authenticate with HTTP Basic (e-mail or phone : password) to create an access token.");
            missing.Headers["WWW-Authenticate"] = BasicChallenge;
            throw missing;
        }

        var token = await create.ExecuteAsync(memberId, request, ct);
        return TypedResults.Created("/api/v1/auth/tokens", token);
    }

    private const string BasicChallenge = "Basic realm=\"yunpan\", charset=\"UTF-8\"";

    private static async Task<T> WithBasicChallenge<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainException e) when (e.Status == StatusCodes.Status401Unauthorized)
        {
            e.Headers["WWW-Authenticate"] = BasicChallenge;
            throw;
        }
    }
}
