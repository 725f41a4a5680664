using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("plans_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.PlanId).HasMaxLength(64);
        builder.Property(o => o.Provider).HasMaxLength(32);
        builder.Property(o => o.ProviderReference).HasMaxLength(128);
        builder.Property(o => o.ConvertedFromPlanId).HasMaxLength(64);
        // Orders from before extra traffic was sold are plan orders.
        builder.Property(o => o.Product).HasConversion<string>().HasMaxLength(16).HasDefaultValue(OrderProduct.Plan);
        builder.Property(o => o.Unit).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(o => new { o.MemberId, o.CreatedAt });

        // A provider's transaction or a shop's order number activates one order, however often it is presented.
        builder.HasIndex(o => new { o.Provider, o.ProviderReference }).IsUnique();
    }
}
