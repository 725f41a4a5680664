using MimeKit;
using Yunpan.Core.Hosting;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Messaging;

/// <summary>Development delivery: each message becomes an .eml file in <c>data/mail</c>, readable by any mail program.</summary>
internal sealed class PickupEmailSender(DataDirectory data, MimeMessageFactory factory) : IEmailSender
{
    public string Folder { get; } = data.Folder("mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mime = factory.Create(message);
        var file = Path.Combine(Folder, $"{DateTimeOffset.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(file, cancellationToken);
    }
}
