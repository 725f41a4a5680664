using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Verification;

/// <summary>Mails a short-lived numeric code that proves the member reads the address.</summary>
public sealed class SendEmailCode(UserManager<YunpanUser> users, IEmailSender email, ILogger<SendEmailCode> logger)
{
    public async Task ExecuteAsync(YunpanUser user, CancellationToken cancellationToken)
    {
        if (user.Email is null)
        {
            throw AccountsErrors.NoEmail();
        }

        if (user.EmailConfirmed)
        {
            throw AccountsErrors.EmailAlreadyVerified();
        }

        var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultEmailProvider, CodePurposes.VerifyEmail);
        await email.SendAsync(new EmailMessage(user.Email, $"Yunpan verification code: {code}",
            $"Your Yunpan verification code is {code}. It is valid for a few minutes.\n\n" +
            $"您的云盘验证码是 {code},几分钟内有效。\n\nIf you did not ask for it, ignore this message."), cancellationToken);
    }

    /// <summary>Sends without failing the caller (used right after registration).</summary>
    public async Task TrySendAsync(YunpanUser user, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(user, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AccountsLog.CodeNotSent(logger, e, user.Id);
        }
    }
}
