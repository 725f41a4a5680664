using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Plans.Rewards;

namespace Yunpan.Plans.Persistence;

internal sealed class TaskCompletionConfiguration : IEntityTypeConfiguration<TaskCompletion>
{
    public void Configure(EntityTypeBuilder<TaskCompletion> builder)
    {
        builder.ToTable("plans_task_completions");
        builder.HasKey(t => new { t.MemberId, t.TaskId });
        builder.Property(t => t.TaskId).HasMaxLength(32);
    }
}
