using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Storage.Persistence;

internal sealed class BlobRecordConfiguration : IEntityTypeConfiguration<BlobRecord>
{
    public void Configure(EntityTypeBuilder<BlobRecord> builder)
    {
        builder.ToTable("storage_blobs");
        builder.HasKey(b => b.Hash);
        builder.Property(b => b.Hash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(b => new { b.RefCount, b.TouchedAt });
    }
}
