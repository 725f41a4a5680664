using Microsoft.AspNetCore.Identity;

namespace Yunpan.Accounts.Members;

public sealed class GetProfile(UserManager<YunpanUser> users)
{
    public async Task<MemberProfile?> ExecuteAsync(Guid memberId)
    {
        var user = await users.FindByIdAsync(memberId.ToString());
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new MemberProfile(user.Id, user.Email, user.EmailConfirmed, user.PhoneNumber, user.PhoneNumberConfirmed,
            roles.Order(StringComparer.Ordinal).ToList(), user.CreatedAt);
    }
}
