using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Passwords;

/// <summary>
/// A forgotten password, step one: a short-lived code to the e-mail address or phone number the member signs in with.
/// Nothing tells the caller whether an account has that login, so the form cannot be used to find out who has one.
/// </summary>
internal sealed class SendResetCode(MemberDirectory directory, UserManager<YunpanUser> users, IEmailSender email, ISmsSender sms)
{
    public async Task ExecuteAsync(string? login, CancellationToken cancellationToken)
    {
        var user = await directory.FindByLoginAsync(login, cancellationToken);
        if (user is null)
        {
            return;
        }

        var provider = ResetChannel.ProviderFor(login!);
        var code = await users.GenerateUserTokenAsync(user, provider, ResetChannel.Purpose);
        if (provider == TokenOptions.DefaultEmailProvider)
        {
            await email.SendAsync(new EmailMessage(user.Email!, $"Yunpan password reset code: {code}",
                $"Your code to set a new Yunpan password is {code}. It is valid for a few minutes.\n\n" +
                $"您重置云盘密码的验证码是 {code},几分钟内有效。\n\nIf you did not ask for it, ignore this message: your password stays as it is."), cancellationToken);
        }
        else
        {
            await sms.SendAsync(new SmsMessage(user.PhoneNumber!, $"【云盘 Yunpan】重置密码的验证码 {code},几分钟内有效。Your password reset code is {code}."), cancellationToken);
        }
    }
}
