using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Passwords;

namespace Yunpan.Accounts.Administration;

/// <summary>
/// The operator's way back in for a member who can reach neither their e-mail nor their phone (or for an
/// administrator locked out of their own server): a new password, set from the server's command line
/// (<c>admin set-password</c>), never over HTTP. As with a reset, a lockout ends, other sessions end and WebDAV
/// forgets the old password.
/// </summary>
public sealed class SetMemberPassword
{
    private readonly MemberDirectory _directory;
    private readonly PasswordSetter _passwords;
    private readonly ILogger<SetMemberPassword> _logger;

    // Internal, as the password setter it needs is: the module registers it (AccountsModule).
    internal SetMemberPassword(MemberDirectory directory, PasswordSetter passwords, ILogger<SetMemberPassword> logger)
    {
        _directory = directory;
        _passwords = passwords;
        _logger = logger;
    }

    /// <returns>The member's id.</returns>
    public async Task<Guid> ExecuteAsync(string login, string newPassword, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            throw AccountsErrors.Validation("Give the new password.");
        }

        var user = await _directory.FindByLoginAsync(login, cancellationToken) ?? throw AccountsErrors.NoSuchLogin();

        // Saved with the new password, in its write.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        await _passwords.SetAsync(user, newPassword);
        AccountsLog.PasswordSetByOperator(_logger, user.Id);
        return user.Id;
    }
}
