using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Grants;

namespace Yunpan.Plans.Persistence;

internal sealed class PlanGrantConfiguration : IEntityTypeConfiguration<PlanGrant>
{
    public void Configure(EntityTypeBuilder<PlanGrant> builder)
    {
        builder.ToTable("plans_plan_grants");
        builder.HasKey(g => g.MemberId);
        builder.Property(g => g.PlanId).HasMaxLength(64);
        builder.Property(g => g.Reason).HasMaxLength(GrantPlan.MaxReasonLength);
    }
}
