using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Verification;

/// <summary>A-3: binding a phone starts with a code sent to that phone.</summary>
internal sealed class SendPhoneCode(UserManager<YunpanUser> users, MemberDirectory directory, ISmsSender sms)
{
    public async Task ExecuteAsync(YunpanUser user, string? phone, CancellationToken cancellationToken)
    {
        var number = Contact.Phone(phone);
        if (await directory.PhoneInUseAsync(number, user.Id, cancellationToken))
        {
            throw AccountsErrors.PhoneTaken();
        }

        var code = await users.GenerateChangePhoneNumberTokenAsync(user, number);
        await sms.SendAsync(new SmsMessage(number, $"【云盘 Yunpan】验证码 {code},几分钟内有效。Your verification code is {code}."), cancellationToken);
    }
}
