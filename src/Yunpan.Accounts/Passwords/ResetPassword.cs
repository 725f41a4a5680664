using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// A forgotten password, step two: the code from <see cref="SendResetCode"/> and a new password. Wrong codes count
/// toward the lockout, as wrong passwords do, so that six digits cannot be guessed; a locked account waits for the
/// lockout to end. Success proves the member reads that address or phone: the failure count starts again, an
/// unconfirmed e-mail address is confirmed, and, as with a password change, other sessions end and WebDAV forgets the
/// old password. The code works once (it is tied to the security stamp, which the new password changes).
/// </summary>
internal sealed class ResetPassword(
    MemberDirectory directory,
    UserManager<YunpanUser> users,
    PasswordSetter passwords,
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

        var provider = ResetChannel.ProviderFor(request.Login);
        if (!await users.VerifyUserTokenAsync(user, provider, ResetChannel.Purpose, request.Code.Trim()))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                AccountsLog.LockedOut(logger, user.Id);
                throw AccountsErrors.Locked(user.LockoutEnd);
            }

            throw AccountsErrors.InvalidCode();
        }

        // Saved with the new password, in its write.
        user.AccessFailedCount = 0;
        user.EmailConfirmed |= provider == TokenOptions.DefaultEmailProvider;
        await passwords.SetAsync(user, request.NewPassword);
        AccountsLog.PasswordReset(logger, user.Id);
    }
}
