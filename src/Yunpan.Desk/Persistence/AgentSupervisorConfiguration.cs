using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yunpan.Desk.Staff;

namespace Yunpan.Desk.Persistence;

internal sealed class AgentSupervisorConfiguration : IEntityTypeConfiguration<AgentSupervisor>
{
    public void Configure(EntityTypeBuilder<AgentSupervisor> builder)
    {
        builder.ToTable("desk_agent_supervisors");
        builder.HasKey(l => l.AgentId);
        builder.HasIndex(l => l.SupervisorId);
    }
}
