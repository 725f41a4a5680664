using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Persistence;

internal sealed class CapacityGrantConfiguration : IEntityTypeConfiguration<CapacityGrant>
{
    public void Configure(EntityTypeBuilder<CapacityGrant> builder)
    {
        builder.ToTable("plans_capacity_grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Source).HasMaxLength(16);
        builder.Property(g => g.Reference).HasMaxLength(64);

        // Each reward once: the same task, day or invitation cannot be granted twice, however requests race.
        builder.HasIndex(g => new { g.MemberId, g.Source, g.Reference }).IsUnique();
    }
}
