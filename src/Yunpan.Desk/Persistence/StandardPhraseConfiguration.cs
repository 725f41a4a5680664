using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Persistence;

internal sealed class StandardPhraseConfiguration : IEntityTypeConfiguration<StandardPhrase>
{
    public void Configure(EntityTypeBuilder<StandardPhrase> builder)
    {
        builder.ToTable("desk_standard_phrases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Situation).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Text).HasMaxLength(2000);
        builder.HasIndex(p => p.Situation);
    }
}
