using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Technical;

namespace Yunpan.Desk.Persistence;

internal sealed class TechnicalTaskConfiguration : IEntityTypeConfiguration<TechnicalTask>
{
    public void Configure(EntityTypeBuilder<TechnicalTask> builder)
    {
        builder.ToTable("desk_technical_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.CaseNumber).HasMaxLength(32);
        builder.Property(t => t.Details).HasMaxLength(10_000);
        builder.Property(t => t.FixNote).HasMaxLength(4000);
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ContactId, t.CreatedAt });
    }
}
