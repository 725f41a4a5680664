using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class InstantChallengeConfiguration : IEntityTypeConfiguration<InstantChallenge>
{
    public void Configure(EntityTypeBuilder<InstantChallenge> builder)
    {
        builder.ToTable("drive_instant_uploads");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(c => c.Path).HasMaxLength(8192);
        builder.Property(c => c.IfMatch).HasMaxLength(1024);
        builder.Property(c => c.IfNoneMatch).HasMaxLength(1024);
        builder.Property(c => c.Nonce).HasMaxLength(64).IsUnicode(false);
        builder.Property(c => c.Ranges).HasMaxLength(1024).IsUnicode(false);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
