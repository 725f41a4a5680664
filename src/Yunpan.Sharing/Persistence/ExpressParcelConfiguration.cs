using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Sharing.Persistence;

internal sealed class ExpressParcelConfiguration : IEntityTypeConfiguration<ExpressParcel>
{
    public void Configure(EntityTypeBuilder<ExpressParcel> builder)
    {
        builder.ToTable("sharing_express");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(1024);
        builder.Property(p => p.Message).HasMaxLength(1000);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.SavedPath).HasMaxLength(8192);
        builder.HasIndex(p => new { p.RecipientId, p.SentAt });
        builder.HasIndex(p => new { p.SenderId, p.SentAt });
        builder.HasIndex(p => new { p.Status, p.ExpiresAt });
    }
}
