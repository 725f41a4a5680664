using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Verification;

/// <summary>
/// a member who registered with a phone may add an e-mail address once; after that it never changes.
/// </summary>
internal sealed class SetEmail(UserManager<YunpanUser> users, MemberDirectory directory, SendEmailCode sendCode)
{
    public async Task ExecuteAsync(YunpanUser user, string? email, CancellationToken cancellationToken)
    {
        if (user.Email is not null)
        {
            throw AccountsErrors.EmailImmutable();
        }

        var address = Contact.Email(email);
        if (await directory.EmailInUseAsync(address, cancellationToken))
        {
            throw AccountsErrors.AccountExists();
        }

        user.Email = address;
        user.NormalizedEmail = users.NormalizeEmail(address);
        user.EmailConfirmed = false;
        try
        {
            (await users.UpdateAsync(user)).ThrowIfFailed();
        }
        catch (DbUpdateException)
        {
            // Another account took the address between the check above and the save.
            if (await directory.EmailInUseAsync(address, cancellationToken))
            {
                throw AccountsErrors.AccountExists();
            }

            throw;
        }

        await sendCode.TrySendAsync(user, cancellationToken);
    }
}
