using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Registration;
using Yunpan.Contracts.Accounts;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Administration;

/// <summary>
/// First run: makes the member with this e-mail/phone an administrator, creating the account when it does not
/// exist. Run from the server's command line (<c>admin create</c>), never over HTTP.
/// </summary>
public sealed class CreateAdministrator(
    UserManager<YunpanUser> users,
    StaffRoles roles,
    MemberDirectory directory,
    RegisterMember register,
    ILogger<CreateAdministrator> logger)
{
    /// <param name="password">Asked for only when the account has to be created; an existing account keeps its own.</param>
    /// <returns>The administrator and whether the account was created now.</returns>
    public async Task<(YunpanUser User, bool Created)> ExecuteAsync(string login, Func<string> password, CancellationToken cancellationToken)
    {
        var user = await directory.FindByLoginAsync(login, cancellationToken);
        var created = user is null;
        if (user is null)
        {
            var secret = password();
            var request = Contact.LooksLikeEmail(login) ? new RegisterRequest(login, null, secret) : new RegisterRequest(null, login, secret);
            user = await register.CreateAsync(request, enforceRegistrationMode: false, cancellationToken);
        }

        await roles.GrantAsync(user.Id, Roles.Admin, cancellationToken);

        AccountsLog.AdminGranted(logger, user.Id);
        return (user, created);
    }

    public async Task<bool> AnyAdministratorAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;
}
