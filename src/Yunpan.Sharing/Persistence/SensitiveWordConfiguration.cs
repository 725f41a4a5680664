using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Sharing.Words;

namespace Yunpan.Sharing.Persistence;

internal sealed class SensitiveWordConfiguration : IEntityTypeConfiguration<SensitiveWord>
{
    /// <summary>A starting list an administrator edits; fixed ids so that the seed is stable across migrations.</summary>
    private static readonly (Guid Id, string Word)[] Seed =
    [
        (new Guid("0193a000-0000-7000-8000-000000000001"), "赌博"),
        (new Guid("0193a000-0000-7000-8000-000000000002"), "博彩"),
        (new Guid("0193a000-0000-7000-8000-000000000003"), "色情"),
        (new Guid("0193a000-0000-7000-8000-000000000004"), "毒品"),
        (new Guid("0193a000-0000-7000-8000-000000000005"), "枪支"),
        (new Guid("0193a000-0000-7000-8000-000000000006"), "gambling"),
        (new Guid("0193a000-0000-7000-8000-000000000007"), "casino"),
    ];

    public void Configure(EntityTypeBuilder<SensitiveWord> builder)
    {
        builder.ToTable("sharing_sensitive_words");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Word).HasMaxLength(100);
        builder.Property(w => w.Normalized).HasMaxLength(100);
        builder.HasIndex(w => w.Normalized).IsUnique();
        var seeded = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);
        builder.HasData(Seed.Select(s => new SensitiveWord { Id = s.Id, Word = s.Word, Normalized = TextNormalizer.Normalize(s.Word), CreatedAt = seeded }));
    }
}
