using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yunpan.Sharing.Persistence;

internal sealed class BusinessTrafficMonthConfiguration : IEntityTypeConfiguration<BusinessTrafficMonth>
{
    public void Configure(EntityTypeBuilder<BusinessTrafficMonth> builder)
    {
        builder.ToTable("sharing_business_traffic");
        builder.HasKey(t => new { t.OwnerId, t.Month });
    }
}
