using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

internal sealed class NodeConfiguration : IEntityTypeConfiguration<Node>
{
    public void Configure(EntityTypeBuilder<Node> builder)
    {
        // The usage counter's triggers (MemberUsageConfiguration); declared so that EF saves without RETURNING,
        // which SQLite does not combine with AFTER triggers.
        builder.ToTable("drive_nodes", t =>
        {
            t.HasTrigger(MemberUsageConfiguration.NodeInserted);
            t.HasTrigger(MemberUsageConfiguration.NodeChanged);
            t.HasTrigger(MemberUsageConfiguration.NodeDeleted);
        });
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Name).HasMaxLength(1024);
        builder.Property(n => n.NameKey).HasMaxLength(1024);
        builder.Property(n => n.Path).HasMaxLength(8192);
        builder.Property(n => n.BlobHash).HasMaxLength(64).IsUnicode(false);
        // One live node per path; trashed subtrees step out of the namespace.
        builder.HasIndex(n => new { n.OwnerId, n.Path }).IsUnique().HasFilter("\"TrashItemId\" IS NULL");
        // Listings: the trash state sits in every index so that counting a folder never touches the table, and
        // each sort order (name, size, modified; folders first) reads its page straight from an index.
        builder.HasIndex(n => new { n.OwnerId, n.ParentId, n.TrashItemId, n.Kind, n.NameKey });
        builder.HasIndex(n => new { n.OwnerId, n.ParentId, n.TrashItemId, n.Kind, n.Size });
        builder.HasIndex(n => new { n.OwnerId, n.ParentId, n.TrashItemId, n.Kind, n.ModifiedAt });
        // Search scans one member's live names in this index, not the table.
        builder.HasIndex(n => new { n.OwnerId, n.TrashItemId, n.NameKey });
        builder.HasIndex(n => n.BlobHash);
    }
}
