using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Messaging;

/// <summary>Production delivery over SMTP (STARTTLS when the server offers it).</summary>
internal sealed class SmtpEmailSender(IOptions<MessagingOptions> options, MimeMessageFactory factory) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        using var mime = factory.Create(message);
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
