namespace Yunpan.Accounts.Messaging;

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public EmailOptions Email { get; set; } = new();
}

public sealed class EmailOptions
{
    /// <summary>Sender address of every message.</summary>
    public string From { get; set; } = "Yunpan <no-reply@yunpan.local>";

    /// <summary>SMTP server; when empty, messages go to the pickup folder <c>data/mail</c>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
