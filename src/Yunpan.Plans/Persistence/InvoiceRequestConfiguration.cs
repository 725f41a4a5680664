using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Invoices;

namespace Yunpan.Plans.Persistence;

internal sealed class InvoiceRequestConfiguration : IEntityTypeConfiguration<InvoiceRequest>
{
    public void Configure(EntityTypeBuilder<InvoiceRequest> builder)
    {
        builder.ToTable("plans_invoices");
        builder.HasKey(i => i.Id);
        builder.Ignore(i => i.Total);
        builder.Property(i => i.Company).HasMaxLength(200);
        builder.Property(i => i.Address).HasMaxLength(300);
        builder.Property(i => i.Phone).HasMaxLength(40);
        builder.Property(i => i.Contact).HasMaxLength(100);
        builder.Property(i => i.Batch).HasMaxLength(7);
        builder.Property(i => i.Number).HasMaxLength(32);

        // One invoice per order, however often it is asked for.
        builder.HasIndex(i => i.OrderId).IsUnique();
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.Batch, i.RequestedAt });
        builder.HasIndex(i => new { i.MemberId, i.RequestedAt });
    }
}
