using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts.Members;
using Yunpan.Core.Activity;

namespace Yunpan.Accounts.Verification;

internal sealed class ConfirmPhone(UserManager<YunpanUser> users, MemberDirectory directory, ActivityFeed activity)
{
    public async Task ExecuteAsync(YunpanUser user, string? phone, string? code, CancellationToken cancellationToken)
    {
        var number = Contact.Phone(phone);
        if (string.IsNullOrWhiteSpace(code))
        {
            throw AccountsErrors.InvalidCode();
        }

        if (await directory.PhoneInUseAsync(number, user.Id, cancellationToken))
        {
            throw AccountsErrors.PhoneTaken();
        }

        IdentityResult result;
        try
        {
            result = await users.ChangePhoneNumberAsync(user, number, code.Trim());
        }
        catch (DbUpdateException)
        {
            // Another account bound or registered the number between the check above and the save.
            if (await directory.PhoneInUseAsync(number, user.Id, cancellationToken))
            {
                throw AccountsErrors.PhoneTaken();
            }

            throw;
        }

        if (!result.Succeeded)
        {
            throw AccountsErrors.InvalidCode();
        }

        await activity.PublishAsync(new MemberActivity(user.Id, ActivityKinds.PhoneBound));
    }
}
