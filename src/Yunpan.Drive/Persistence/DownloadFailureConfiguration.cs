using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class DownloadFailureConfiguration : IEntityTypeConfiguration<DownloadFailure>
{
    public void Configure(EntityTypeBuilder<DownloadFailure> builder)
    {
        builder.ToTable("drive_download_failures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Path).HasMaxLength(8192);
        builder.HasIndex(f => new { f.OwnerId, f.At });
    }
}
