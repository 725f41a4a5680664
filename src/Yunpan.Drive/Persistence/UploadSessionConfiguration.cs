using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> builder)
    {
        builder.ToTable("drive_uploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.TargetPath).HasMaxLength(8192);
        builder.Property(u => u.Metadata).HasMaxLength(8192);
        builder.Property(u => u.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(u => new { u.OwnerId, u.ExpiresAt, u.Length });
        builder.HasIndex(u => u.ExpiresAt);
    }
}
