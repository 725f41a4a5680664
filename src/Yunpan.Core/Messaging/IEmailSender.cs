namespace Yunpan.Core.Messaging;

/// <summary>Sends e-mail (verification codes, desk notices). SMTP in production, a pickup folder in development.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
