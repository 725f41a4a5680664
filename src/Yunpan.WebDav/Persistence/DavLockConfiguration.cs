using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.WebDav.Persistence;

internal sealed class DavLockConfiguration : IEntityTypeConfiguration<DavLock>
{
    public void Configure(EntityTypeBuilder<DavLock> builder)
    {
        builder.ToTable("dav_locks");
        builder.HasKey(l => l.Token);
        builder.Property(l => l.Token).HasMaxLength(80).IsUnicode(false);
        builder.Property(l => l.Path).HasMaxLength(8192);
        builder.Property(l => l.OwnerXml).HasMaxLength(8192);
        builder.HasIndex(l => new { l.OwnerId, l.Path });
    }
}
