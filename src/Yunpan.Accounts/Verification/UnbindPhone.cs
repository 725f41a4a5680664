using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Verification;

/// <summary>A-3: a phone can be unbound only when a verified e-mail address keeps the account reachable.</summary>
internal sealed class UnbindPhone(UserManager<YunpanUser> users)
{
    public async Task ExecuteAsync(YunpanUser user)
    {
        if (user.PhoneNumber is null)
        {
            throw AccountsErrors.NoPhone();
        }

        if (user.Email is null || !user.EmailConfirmed)
        {
            throw AccountsErrors.EmailNotVerified();
        }

        (await users.SetPhoneNumberAsync(user, null)).ThrowIfFailed();
    }
}
