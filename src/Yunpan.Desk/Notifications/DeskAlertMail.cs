using Microsoft.Extensions.Logging;
using Yunpan.Core.Messaging;
using Yunpan.Core.Security;

namespace Yunpan.Desk.Notifications;

/// <summary>
/// K-5: every desk alert also goes out by e-mail (through the installation's sender: SMTP, or the pickup folder in
/// development), because a breach must reach an owner who is not looking at the desk. Sent after the alerts are
/// saved; a failed e-mail is logged and never undoes or repeats the in-app alert.
/// </summary>
internal sealed partial class DeskAlertMail(IEmailSender email, IMemberDirectory members, ILogger<DeskAlertMail> logger)
{
    public async Task SendAsync(IReadOnlyList<DeskNotification> alerts, CancellationToken cancellationToken)
    {
        var addresses = new Dictionary<Guid, string?>();
        foreach (var alert in alerts)
        {
            if (!addresses.TryGetValue(alert.RecipientId, out var address))
            {
                address = (await members.ContactAsync(alert.RecipientId, cancellationToken))?.Email;
                addresses[alert.RecipientId] = address;
            }

            if (address is null)
            {
                continue;
            }

            try
            {
                await email.SendAsync(Message(address, alert), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                MailFailed(logger, ex, alert.CaseNumber, alert.RecipientId);
            }
        }
    }

    internal static EmailMessage Message(string to, DeskNotification alert)
    {
        var what = alert.Deadline.Wire();
        // An ASCII subject stays readable in every mail client's list (and in the pickup folder's .eml as written).
        var state = alert.Breached ? "overdue" : "due soon";
        return new EmailMessage(to, $"[Yunpan desk] {alert.CaseNumber}: {what} {state}",
            $"Case {alert.CaseNumber}: the {what} deadline {(alert.Breached ? "passed at" : "is")} {alert.DueAt:yyyy-MM-dd HH:mm} UTC.\n" +
            $"工单 {alert.CaseNumber}：{what} 时限 {alert.DueAt:yyyy-MM-dd HH:mm} (UTC){(alert.Breached ? " 已过" : " 即将到期")}。\n\n" +
            $"Open the desk: /desk/cases/{alert.CaseId}\n");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The desk alert on {CaseNumber} could not be e-mailed to {RecipientId}")]
    private static partial void MailFailed(ILogger logger, Exception exception, string caseNumber, Guid recipientId);
}
