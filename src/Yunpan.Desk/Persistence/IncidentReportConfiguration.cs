using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Escalation;

namespace Yunpan.Desk.Persistence;

internal sealed class IncidentReportConfiguration : IEntityTypeConfiguration<IncidentReport>
{
    public void Configure(EntityTypeBuilder<IncidentReport> builder)
    {
        builder.ToTable("desk_incident_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseNumber).HasMaxLength(32);
        builder.Property(r => r.Body).HasMaxLength(12_000);
        builder.Property(r => r.Answer).HasMaxLength(10_000);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);

        // One report per escalation, and a case is escalated once: a second sweep cannot file it twice.
        builder.HasIndex(r => r.CaseId).IsUnique();
        builder.HasIndex(r => new { r.AnsweredAt, r.ReceivedAt });
    }
}
