using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// A forgotten password, step two: the code from <see cref="SendResetCode"/> and a new password. Wrong codes count
/// toward the lockout, as wrong passwords do, so that six digits cannot be guessed. Success proves the member reads
/// that address or phone: it lifts a lockout, confirms an unconfirmed e-mail address, and, as a password change does,
/// ends other sessions and the remembered WebDAV passwords. The code works once (it is tied to the security stamp,
/// which the new password changes).
/// </summary>
internal sealed class ResetPassword(
    MemberDirectory directory,
    UserManager<YunpanUser> users,
    BasicCredentialCache basicCredentials,
    ILogger<ResetPassword> logger)
{
    public async Task ExecuteAsync(ResetPasswordRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Code) || string.IsNullOrEmpty(request.NewPassword))
        {
            throw AccountsErrors.Validation("Give the code you received and the new password.");
        }

        var user = await directory.FindByLoginAsync(request.Login, cancellationToken) ?? throw AccountsErrors.InvalidCode();
        if (await users.IsLockedOutAsync(user))
        {
            throw AccountsErrors.Locked(user.LockoutEnd);
        }

        if (!await users.VerifyUserTokenAsync(user, ResetChannel.ProviderFor(request.Login!), ResetChannel.Purpose, request.Code.Trim()))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                AccountsLog.LockedOut(logger, user.Id);
                throw AccountsErrors.Locked(user.LockoutEnd);
            }

            throw AccountsErrors.InvalidCode();
        }

        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), request.NewPassword);
        result.ThrowIfWeakPassword();
        result.ThrowIfFailed();
        if (ResetChannel.ProviderFor(request.Login!) == TokenOptions.DefaultEmailProvider && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            (await users.UpdateAsync(user)).ThrowIfFailed();
        }

        (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, null)).ThrowIfFailed();
        basicCredentials.Forget(user.Id);
        AccountsLog.PasswordReset(logger, user.Id);
    }
}
