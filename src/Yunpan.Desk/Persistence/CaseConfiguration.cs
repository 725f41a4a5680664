using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Cases;

namespace Yunpan.Desk.Persistence;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("desk_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Outcome).HasMaxLength(10_000);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.Lessons).HasMaxLength(4000);
        builder.Property(c => c.Satisfaction).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.MemberId, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.OwnerId });
        builder.OwnsOne(c => c.Complaint, form =>
        {
            form.Property(f => f.Kind).HasConversion<string>().HasMaxLength(24).HasColumnName("complaint_kind");
            form.Property(f => f.AboutStaffId).HasColumnName("complaint_about_staff_id");
            form.Property(f => f.About).HasMaxLength(200).HasColumnName("complaint_about");
            form.Property(f => f.What).HasMaxLength(4000).HasColumnName("complaint_what");
            form.Property(f => f.When).HasMaxLength(100).HasColumnName("complaint_when");
            form.Property(f => f.Where).HasMaxLength(200).HasColumnName("complaint_where");
            form.Property(f => f.ContactName).HasMaxLength(100).HasColumnName("complaint_contact_name");
            form.Property(f => f.ContactPhone).HasMaxLength(32).HasColumnName("complaint_contact_phone");
            form.Property(f => f.ContactEmail).HasMaxLength(254).HasColumnName("complaint_contact_email");
        });
    }
}
