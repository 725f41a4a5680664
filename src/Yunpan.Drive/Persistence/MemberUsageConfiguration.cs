using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Drive.Persistence;

/// <summary>
/// The usage counter's table. Its rows are written only by triggers, which each provider's migration creates under
/// these names: after a file node is inserted, changes size or trash state, or is deleted, and after a version is
/// inserted or deleted (versions never change). A node's owner and kind never change either.
/// </summary>
internal sealed class MemberUsageConfiguration : IEntityTypeConfiguration<MemberUsage>
{
    public const string NodeInserted = "drive_usage_node_inserted";
    public const string NodeChanged = "drive_usage_node_changed";
    public const string NodeDeleted = "drive_usage_node_deleted";
    public const string VersionInserted = "drive_usage_version_inserted";
    public const string VersionDeleted = "drive_usage_version_deleted";

    public void Configure(EntityTypeBuilder<MemberUsage> builder)
    {
        builder.ToTable("drive_usage");
        builder.HasKey(u => u.OwnerId);
    }
}
