using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Persistence;

/// <summary>
/// Identity's model allows duplicate e-mail addresses and has no phone index; members sign in with either, so both
/// must be unique. Applied after Identity's own configuration.
/// </summary>
public static class UserIndexes
{
    public static void Apply(EntityTypeBuilder<YunpanUser> builder)
    {
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
        builder.HasIndex(u => u.PhoneNumber).IsUnique();
    }
}
