using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Seeds;

namespace Yunpan.Desk.Persistence;

internal sealed class SeedImportConfiguration : IEntityTypeConfiguration<SeedImport>
{
    public void Configure(EntityTypeBuilder<SeedImport> builder)
    {
        builder.ToTable("desk_seed_imports");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
