using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Plans.Persistence;

internal sealed class MemberPlanConfiguration : IEntityTypeConfiguration<MemberPlan>
{
    public void Configure(EntityTypeBuilder<MemberPlan> builder)
    {
        builder.ToTable("plans_member_plans");
        builder.HasKey(p => p.MemberId);
        builder.Property(p => p.PlanId).HasMaxLength(64);
        builder.HasIndex(p => p.ExpiresAt);
    }
}
