using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// A signed-in member sets a new password by giving the current one. The security stamp changes with it, so browser
/// sessions elsewhere end at their next check; the caller's own session is re-issued when asked. Passwords remembered
/// for WebDAV's Basic sign-in are forgotten at once. Access tokens are separate credentials and stay valid.
/// </summary>
internal sealed class ChangePassword(
    UserManager<YunpanUser> users,
    SignInManager<YunpanUser> signIn,
    BasicCredentialCache basicCredentials,
    ILogger<ChangePassword> logger)
{
    public async Task ExecuteAsync(YunpanUser user, ChangePasswordRequest request, bool refreshSession)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            throw AccountsErrors.Validation("Give the current password and the new one.");
        }

        // Counted toward lockout like a sign-in, so that this is no way around the brute-force protection.
        var check = await signIn.CheckPasswordSignInAsync(user, request.CurrentPassword, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            AccountsLog.LockedOut(logger, user.Id);
            throw AccountsErrors.Locked(user.LockoutEnd);
        }

        if (!check.Succeeded)
        {
            throw AccountsErrors.WrongPassword();
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throw AccountsErrors.WrongPassword(); // changed by another request in between
        }

        result.ThrowIfWeakPassword();
        result.ThrowIfFailed();
        basicCredentials.Forget(user.Id);
        if (refreshSession)
        {
            await signIn.RefreshSignInAsync(user);
        }

        AccountsLog.PasswordChanged(logger, user.Id);
    }
}
