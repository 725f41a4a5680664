using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Notifications;

namespace Yunpan.Desk.Persistence;

internal sealed class DeskNotificationConfiguration : IEntityTypeConfiguration<DeskNotification>
{
    public void Configure(EntityTypeBuilder<DeskNotification> builder)
    {
        builder.ToTable("desk_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.CaseNumber).HasMaxLength(32);
        builder.Property(n => n.Deadline).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
    }
}
