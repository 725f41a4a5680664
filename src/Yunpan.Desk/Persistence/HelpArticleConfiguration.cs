using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Help;

namespace Yunpan.Desk.Persistence;

internal sealed class HelpArticleConfiguration : IEntityTypeConfiguration<HelpArticle>
{
    public void Configure(EntityTypeBuilder<HelpArticle> builder)
    {
        builder.ToTable("desk_help_articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Slug).HasMaxLength(HelpArticleRules.MaxSlug);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Title).HasMaxLength(HelpArticleRules.MaxTitle);
        builder.Property(a => a.Summary).HasMaxLength(HelpArticleRules.MaxSummary);
        builder.Property(a => a.Keywords).HasMaxLength(HelpArticleRules.MaxKeywords);
        builder.Property(a => a.Body).HasMaxLength(HelpArticleRules.MaxBody);
        builder.Property(a => a.Category).HasMaxLength(HelpArticleRules.MaxCategory).HasDefaultValue(Contracts.Desk.HelpCategories.Other);
        builder.HasIndex(a => new { a.Slug, a.Language }).IsUnique();
        builder.HasIndex(a => new { a.Language, a.UpdatedAt });
    }
}
