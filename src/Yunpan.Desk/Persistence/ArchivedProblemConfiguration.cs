using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Closing;

namespace Yunpan.Desk.Persistence;

internal sealed class ArchivedProblemConfiguration : IEntityTypeConfiguration<ArchivedProblem>
{
    public void Configure(EntityTypeBuilder<ArchivedProblem> builder)
    {
        builder.ToTable("desk_problem_archive");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CaseNumber).HasMaxLength(32);
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.Lessons).HasMaxLength(4000);
        builder.HasIndex(p => p.ArchivedAt);
    }
}
