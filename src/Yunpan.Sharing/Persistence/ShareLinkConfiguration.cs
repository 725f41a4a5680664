using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Persistence;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.ToTable("sharing_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Token).HasMaxLength(64);
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => new { l.OwnerId, l.CreatedAt });
        builder.Property(l => l.Password).HasMaxLength(64);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.Template).HasMaxLength(32);
        builder.Property(l => l.PromotionText).HasMaxLength(LinkSettings.MaxPromotionText);
    }
}
