using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// A signed-in member sets a new password by giving the current one (<see cref="PasswordSetter"/>: other sessions
/// end, WebDAV forgets the old one). The caller's own session is re-issued when asked. Access tokens are separate
/// credentials and stay valid.
/// </summary>
internal sealed class ChangePassword(
    SignInManager<YunpanUser> signIn,
    PasswordSetter passwords,
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

        await passwords.SetAsync(user, request.NewPassword);
        if (refreshSession)
        {
            await signIn.RefreshSignInAsync(user);
        }

        AccountsLog.PasswordChanged(logger, user.Id);
    }
}
