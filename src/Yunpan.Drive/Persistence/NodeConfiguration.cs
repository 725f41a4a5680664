using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class NodeConfiguration : IEntityTypeConfiguration<Node>
{
    public void Configure(EntityTypeBuilder<Node> builder)
    {
        builder.ToTable("drive_nodes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Name).HasMaxLength(1024);
        builder.Property(n => n.NameKey).HasMaxLength(1024);
        builder.Property(n => n.Path).HasMaxLength(8192);
        builder.Property(n => n.BlobHash).HasMaxLength(64).IsUnicode(false);
        // One live node per path; trashed subtrees step out of the namespace.
        builder.HasIndex(n => new { n.OwnerId, n.Path }).IsUnique().HasFilter("\"TrashItemId\" IS NULL");
        builder.HasIndex(n => new { n.OwnerId, n.ParentId, n.Kind, n.NameKey });
        builder.HasIndex(n => new { n.OwnerId, n.NameKey });
        builder.HasIndex(n => new { n.OwnerId, n.TrashItemId });
        builder.HasIndex(n => n.BlobHash);
    }
}
