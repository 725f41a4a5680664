using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Security;

namespace Yunpan.Desk.Staff;

/// <summary>Administrators and supervisors set an agent's supervisor.</summary>
internal sealed class AssignSupervisor(DbContext db, IMemberDirectory members)
{
    public async Task ExecuteAsync(Guid agentId, Guid supervisorId, CancellationToken cancellationToken)
    {
        if (!await members.HasRoleAsync(agentId, Roles.Agent, cancellationToken))
        {
            throw DeskErrors.Invalid("That member is not an agent.");
        }

        if (!await members.HasRoleAsync(supervisorId, Roles.Supervisor, cancellationToken))
        {
            throw DeskErrors.Invalid("That member is not a supervisor.");
        }

        var link = await db.Set<AgentSupervisor>().FirstOrDefaultAsync(l => l.AgentId == agentId, cancellationToken);
        if (link is null)
        {
            db.Add(new AgentSupervisor { AgentId = agentId, SupervisorId = supervisorId });
        }
        else
        {
            link.SupervisorId = supervisorId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
