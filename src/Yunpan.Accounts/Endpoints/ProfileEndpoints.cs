using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Passwords;
using Yunpan.Accounts.Verification;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Endpoints;

/// <summary>The member's own e-mail and phone. <c>GET /api/v1/me</c> is composed by the host.</summary>
internal static class ProfileEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Accounts").RequireAuthorization();

        group.MapPost("/email", async (SetEmailRequest request, HttpContext http, UserManager<YunpanUser> users, SetEmail setEmail, CancellationToken ct) =>
            {
                await setEmail.ExecuteAsync(await CurrentMember.LoadAsync(http, users), request.Email, ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("SetEmail")
            .WithSummary("Add an e-mail address to an account registered by phone. Once set it never changes (409 email_immutable).")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/email/code", async (HttpContext http, UserManager<YunpanUser> users, SendEmailCode send, CancellationToken ct) =>
            {
                await send.ExecuteAsync(await CurrentMember.LoadAsync(http, users), ct);
                return TypedResults.Accepted((string?)null);
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("SendEmailCode")
            .WithSummary("Send a verification code to the account's e-mail address.");

        group.MapPost("/email/verify", async (CodeRequest request, HttpContext http, UserManager<YunpanUser> users, VerifyEmail verify) =>
            {
                await verify.ExecuteAsync(await CurrentMember.LoadAsync(http, users), request.Code);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("VerifyEmail")
            .WithSummary("Confirm the e-mail address with the code that was sent to it.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/phone/code", async (PhoneRequest request, HttpContext http, UserManager<YunpanUser> users, SendPhoneCode send, CancellationToken ct) =>
            {
                await send.ExecuteAsync(await CurrentMember.LoadAsync(http, users), request.Phone, ct);
                return TypedResults.Accepted((string?)null);
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("SendPhoneCode")
            .WithSummary("Send a binding code by text message to the phone number to bind.");

        group.MapPost("/phone/verify", async (ConfirmPhoneRequest request, HttpContext http, UserManager<YunpanUser> users, ConfirmPhone confirm, CancellationToken ct) =>
            {
                await confirm.ExecuteAsync(await CurrentMember.LoadAsync(http, users), request.Phone, request.Code, ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("BindPhone")
            .WithSummary("Bind the phone number with the code sent to it.");

        group.MapPost("/password", async (ChangePasswordRequest request, HttpContext http, UserManager<YunpanUser> users, ChangePassword change) =>
            {
                var browserSession = http.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme;
                await change.ExecuteAsync(await CurrentMember.LoadAsync(http, users), request, refreshSession: browserSession);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimits.Auth)
            .WithName("ChangePassword")
            .WithSummary("Set a new password, giving the current one (400 wrong_password, 400 weak_password, 423 account_locked after repeated wrong ones). Browser sessions elsewhere end at their next check; this one continues; access tokens stay valid.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status423Locked);

        group.MapDelete("/phone", async (HttpContext http, UserManager<YunpanUser> users, UnbindPhone unbind) =>
            {
                await unbind.ExecuteAsync(await CurrentMember.LoadAsync(http, users));
                return TypedResults.NoContent();
            })
            .WithName("UnbindPhone")
            .WithSummary("Unbind the phone number; refused (409 email_not_verified) unless the e-mail address is verified.");
    }
}
