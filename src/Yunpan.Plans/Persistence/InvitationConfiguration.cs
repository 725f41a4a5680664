using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Persistence;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("plans_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => new { i.InviterId, i.Ordinal }).IsUnique();
        builder.HasIndex(i => new { i.InviterId, i.Day, i.DayOrdinal }).IsUnique();
        builder.HasIndex(i => i.InviteeId).IsUnique();
    }
}
