using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Persistence;

internal sealed class BannedPhraseListVersionConfiguration : IEntityTypeConfiguration<BannedPhraseListVersion>
{
    public void Configure(EntityTypeBuilder<BannedPhraseListVersion> builder)
    {
        builder.ToTable("desk_banned_phrase_list_version");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
