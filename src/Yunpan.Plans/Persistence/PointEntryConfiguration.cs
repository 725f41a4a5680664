using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Persistence;

internal sealed class PointEntryConfiguration : IEntityTypeConfiguration<PointEntry>
{
    public void Configure(EntityTypeBuilder<PointEntry> builder)
    {
        builder.ToTable("plans_points");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reason).HasMaxLength(16);
        builder.Property(p => p.Reference).HasMaxLength(32);
        builder.HasIndex(p => new { p.MemberId, p.Reason, p.Reference }).IsUnique();
    }
}
