using Microsoft.Extensions.Logging;

namespace Yunpan.Accounts;

/// <summary>Log lines of the accounts module. Ids only: no e-mail addresses, phone numbers, passwords or tokens.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} registered with {Kind}")]
    public static partial void Registered(ILogger logger, Guid memberId, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} changed their password")]
    public static partial void PasswordChanged(ILogger logger, Guid memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} set a new password with a reset code")]
    public static partial void PasswordReset(ILogger logger, Guid memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The password of member {MemberId} was set from the server's command line")]
    public static partial void PasswordSetByOperator(ILogger logger, Guid memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} is locked out after failed sign-ins")]
    public static partial void LockedOut(ILogger logger, Guid memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} created access token {TokenId}")]
    public static partial void TokenCreated(ILogger logger, Guid memberId, Guid tokenId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} revoked access token {TokenId}")]
    public static partial void TokenRevoked(ILogger logger, Guid memberId, Guid tokenId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send a verification code to member {MemberId}")]
    public static partial void CodeNotSent(ILogger logger, Exception exception, Guid memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail is in pickup mode: messages are written to {Folder} instead of being sent. Set Messaging:Email:SmtpHost to send them.")]
    public static partial void EmailPickup(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text messages are in pickup mode: they are written to {Folder} instead of being sent.")]
    public static partial void SmsPickup(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} is now an administrator")]
    public static partial void AdminGranted(ILogger logger, Guid memberId);
}
