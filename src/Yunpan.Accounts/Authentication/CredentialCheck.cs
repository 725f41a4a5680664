using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Authentication;

/// <summary>
/// Checks an e-mail/phone and password with lockout. Unknown logins and wrong passwords answer alike, so the
/// answer does not reveal which accounts exist.
/// </summary>
public sealed class CredentialCheck(MemberDirectory directory, SignInManager<YunpanUser> signIn, ILogger<CredentialCheck> logger)
{
    public async Task<YunpanUser> VerifyAsync(string? login, string? password, CancellationToken cancellationToken)
    {
        var user = await directory.FindByLoginAsync(login, cancellationToken);
        if (user is null || string.IsNullOrEmpty(password))
        {
            throw AccountsErrors.InvalidCredentials();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            AccountsLog.LockedOut(logger, user.Id);
            throw AccountsErrors.Locked(user.LockoutEnd);
        }

        if (!result.Succeeded)
        {
            throw AccountsErrors.InvalidCredentials();
        }

        return user;
    }
}
