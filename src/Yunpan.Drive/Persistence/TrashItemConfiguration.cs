using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class TrashItemConfiguration : IEntityTypeConfiguration<TrashItem>
{
    public void Configure(EntityTypeBuilder<TrashItem> builder)
    {
        builder.ToTable("drive_trash");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(1024);
        builder.Property(t => t.OriginalPath).HasMaxLength(8192);
        builder.HasIndex(t => new { t.OwnerId, t.DeletedAt });
    }
}
