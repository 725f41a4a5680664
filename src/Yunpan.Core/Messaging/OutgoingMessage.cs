namespace Yunpan.Core.Messaging;

/// <summary>An e-mail to one recipient. Plain text: codes and notices, nothing that needs markup.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>A text message to one mobile number.</summary>
public sealed record SmsMessage(string To, string Body);
