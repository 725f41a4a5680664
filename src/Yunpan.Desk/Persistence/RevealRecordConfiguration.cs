using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Context;

namespace Yunpan.Desk.Persistence;

internal sealed class RevealRecordConfiguration : IEntityTypeConfiguration<RevealRecord>
{
    public void Configure(EntityTypeBuilder<RevealRecord> builder)
    {
        builder.ToTable("desk_reveal_audit");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseNumber).HasMaxLength(32);
        builder.HasIndex(r => r.At);
    }
}
