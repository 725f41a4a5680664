using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Verification;

internal sealed class ConfirmPhone(UserManager<YunpanUser> users, MemberDirectory directory)
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

        var result = await users.ChangePhoneNumberAsync(user, number, code.Trim());
        if (!result.Succeeded)
        {
            throw AccountsErrors.InvalidCode();
        }
    }
}
