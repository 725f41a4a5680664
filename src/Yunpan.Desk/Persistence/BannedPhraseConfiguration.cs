using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Persistence;

internal sealed class BannedPhraseConfiguration : IEntityTypeConfiguration<BannedPhrase>
{
    public void Configure(EntityTypeBuilder<BannedPhrase> builder)
    {
        builder.ToTable("desk_banned_phrases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Phrase).HasMaxLength(200);
        builder.Property(p => p.Normalized).HasMaxLength(200);
        builder.Property(p => p.Suggestion).HasMaxLength(500);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.Normalized).IsUnique();
    }
}
