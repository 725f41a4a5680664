using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.WebDav.Persistence;

internal sealed class DeadPropertyConfiguration : IEntityTypeConfiguration<DeadProperty>
{
    public void Configure(EntityTypeBuilder<DeadProperty> builder)
    {
        builder.ToTable("dav_properties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Namespace).HasMaxLength(1024);
        builder.Property(p => p.Name).HasMaxLength(1024);
        builder.HasIndex(p => new { p.OwnerId, p.NodeId, p.Namespace, p.Name }).IsUnique();
    }
}
