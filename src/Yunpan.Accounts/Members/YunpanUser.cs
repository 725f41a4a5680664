using Microsoft.AspNetCore.Identity;

namespace Yunpan.Accounts.Members;

/// <summary>
/// A member. <see cref="IdentityUser{TKey}.UserName"/> is the id (members sign in with their e-mail or phone, either
/// of which may be absent); <see cref="IdentityUser{TKey}.Email"/> never changes once set.
/// </summary>
public sealed class YunpanUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
