namespace Yunpan.Core.Messaging;

/// <summary>Sends text messages. Operators need contracts this machine cannot have, so only the pickup folder ships.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
