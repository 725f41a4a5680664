using System.Text;
using Yunpan.Core.Hosting;
using Yunpan.Core.Messaging;

namespace Yunpan.Accounts.Messaging;

/// <summary>
/// Text messages written to <c>data/sms</c>. SMS operators need contracts that cannot exist here; a real operator
/// plugs in behind <see cref="ISmsSender"/>.
/// </summary>
internal sealed class PickupSmsSender(DataDirectory data) : ISmsSender
{
    public string Folder { get; } = data.Folder("sms");

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Folder, $"{DateTimeOffset.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.txt");
        return File.WriteAllTextAsync(file, $"To: {message.To}\n\n{message.Body}\n", Encoding.UTF8, cancellationToken);
    }
}
