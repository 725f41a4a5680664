using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;
using Yunpan.Core.Activity;

namespace Yunpan.Accounts.Verification;

internal sealed class VerifyEmail(UserManager<YunpanUser> users, ActivityFeed activity)
{
    public async Task ExecuteAsync(YunpanUser user, string? code)
    {
        if (user.Email is null)
        {
            throw AccountsErrors.NoEmail();
        }

        if (user.EmailConfirmed)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(code)
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultEmailProvider, CodePurposes.VerifyEmail, code.Trim()))
        {
            throw AccountsErrors.InvalidCode();
        }

        user.EmailConfirmed = true;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        await activity.PublishAsync(new MemberActivity(user.Id, ActivityKinds.EmailVerified));
    }
}
