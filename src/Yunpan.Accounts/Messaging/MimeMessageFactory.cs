using Microsoft.Extensions.Options;
using MimeKit;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Messaging;

internal sealed class MimeMessageFactory(IOptions<MessagingOptions> options)
{
    public MimeMessage Create(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.Email.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
