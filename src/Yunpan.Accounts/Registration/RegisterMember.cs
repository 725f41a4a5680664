using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Verification;
using Yunpan.Contracts.Accounts;
using Yunpan.Core.Activity;

namespace Yunpan.Accounts.Registration;

/// <summary>A-1: an account from an e-mail address or a mobile number and a password.</summary>
public sealed class RegisterMember(
    UserManager<YunpanUser> users,
    MemberDirectory directory,
    SendEmailCode sendEmailCode,
    IOptions<AccountsOptions> options,
    TimeProvider clock,
    ActivityFeed activity,
    ILogger<RegisterMember> logger)
{
    public async Task<YunpanUser> ExecuteAsync(RegisterRequest request, CancellationToken cancellationToken) =>
        await CreateAsync(request, enforceRegistrationMode: true, cancellationToken);

    /// <summary>Creation without the open-registration check, for administrators.</summary>
    public async Task<YunpanUser> CreateAsync(RegisterRequest request, bool enforceRegistrationMode, CancellationToken cancellationToken)
    {
        if (enforceRegistrationMode && options.Value.Registration == RegistrationMode.Closed)
        {
            throw AccountsErrors.RegistrationClosed();
        }

        var hasEmail = !string.IsNullOrWhiteSpace(request.Email);
        var hasPhone = !string.IsNullOrWhiteSpace(request.Phone);
        if (hasEmail == hasPhone || string.IsNullOrEmpty(request.Password))
        {
            throw AccountsErrors.OneIdentifier();
        }

        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var user = new YunpanUser { Id = id, UserName = id.ToString("N"), CreatedAt = clock.GetUtcNow() };
        if (hasEmail)
        {
            user.Email = Contact.Email(request.Email);
            if (await directory.EmailInUseAsync(user.Email, cancellationToken))
            {
                throw AccountsErrors.AccountExists();
            }
        }
        else
        {
            user.PhoneNumber = Contact.Phone(request.Phone);
            if (await directory.PhoneInUseAsync(user.PhoneNumber, Guid.Empty, cancellationToken))
            {
                throw AccountsErrors.AccountExists();
            }
        }

        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, request.Password);
        }
        catch (DbUpdateException)
        {
            // A concurrent registration with the same address or number reached the unique index first.
            if (user.Email is not null
                    ? await directory.EmailInUseAsync(user.Email, cancellationToken)
                    : await directory.PhoneInUseAsync(user.PhoneNumber!, user.Id, cancellationToken))
            {
                throw AccountsErrors.AccountExists();
            }

            throw;
        }

        if (!result.Succeeded)
        {
            result.ThrowIfWeakPassword();
            if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                throw AccountsErrors.AccountExists();
            }

            result.ThrowIfFailed();
        }

        AccountsLog.Registered(logger, user.Id, hasEmail ? "email" : "phone");
        await activity.PublishAsync(new MemberActivity(user.Id, ActivityKinds.Registered, request.InviteCode?.Trim()));
        if (user.Email is not null)
        {
            await sendEmailCode.TrySendAsync(user, cancellationToken);
        }

        return user;
    }
}
