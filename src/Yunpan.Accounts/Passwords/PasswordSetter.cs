using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// Gives a member who has proved who they are (with the current password, or a code) a new password: checked against
/// the configured rules, saved with a new security stamp, so that other sessions end at their next check, and
/// dropped from WebDAV's Basic cache. Changes the caller made to the user beforehand are saved in the same write; a
/// refused password saves nothing.
/// </summary>
internal sealed class PasswordSetter(UserManager<YunpanUser> users, BasicCredentialCache basicCredentials)
{
    public async Task SetAsync(YunpanUser user, string newPassword)
    {
        // A reset token, not ChangePasswordAsync: the proof is checked already, and the current password would be
        // hashed a second time (PBKDF2, 100 000 rounds of SHA-512: about 140 ms of CPU on the benchmark VM).
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        result.ThrowIfWeakPassword();
        result.ThrowIfFailed();
        basicCredentials.Forget(user.Id);
    }
}
