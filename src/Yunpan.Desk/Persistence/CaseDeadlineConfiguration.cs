using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Persistence;

internal sealed class CaseDeadlineConfiguration : IEntityTypeConfiguration<CaseDeadline>
{
    public void Configure(EntityTypeBuilder<CaseDeadline> builder)
    {
        builder.ToTable("desk_case_deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CaseId, d.MetAt });

        // The sweeper's two questions: which open clocks are due a warning, which are past their deadline.
        builder.HasIndex(d => new { d.MetAt, d.WarnedAt, d.WarnAt });
        builder.HasIndex(d => new { d.MetAt, d.BreachedAt, d.DueAt });
    }
}
