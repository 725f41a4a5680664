using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yunpan.Accounts;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Persistence;
using Yunpan.Desk;
using Yunpan.Drive;
using Yunpan.Plans;
using Yunpan.Sharing;
using Yunpan.Storage;
using Yunpan.WebDav;

namespace Yunpan.Data;

/// <summary>
/// The one database. Identity's tables come from its base class; every module contributes its own tables through
/// the <c>IEntityTypeConfiguration</c> classes in its Persistence folder, and reaches them with <c>Set&lt;T&gt;()</c>.
/// </summary>
public sealed class YunpanDbContext(DbContextOptions<YunpanDbContext> options)
    : IdentityDbContext<YunpanUser, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>The assemblies whose entity configurations make up the model.</summary>
    public static readonly IReadOnlyList<System.Reflection.Assembly> ModuleAssemblies =
    [
        typeof(AccountsModule).Assembly,
        typeof(StorageModule).Assembly,
        typeof(PlansModule).Assembly,
        typeof(DriveModule).Assembly,
        typeof(WebDavModule).Assembly,
        typeof(SharingModule).Assembly,
        typeof(DeskModule).Assembly,
    ];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        UserIndexes.Apply(builder.Entity<YunpanUser>());
        foreach (var assembly in ModuleAssemblies)
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and cannot order or compare DateTimeOffset text; all times are UTC, so their
        // ticks order correctly as integers.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
