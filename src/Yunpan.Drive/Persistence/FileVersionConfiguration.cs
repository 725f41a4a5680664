using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class FileVersionConfiguration : IEntityTypeConfiguration<FileVersion>
{
    public void Configure(EntityTypeBuilder<FileVersion> builder)
    {
        builder.ToTable("drive_versions", t =>
        {
            t.HasTrigger(MemberUsageConfiguration.VersionInserted);
            t.HasTrigger(MemberUsageConfiguration.VersionDeleted);
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.BlobHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(v => new { v.NodeId, v.ArchivedAt });
        builder.HasIndex(v => v.OwnerId);
        builder.HasOne<Node>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
