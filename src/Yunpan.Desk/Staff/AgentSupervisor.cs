namespace Yunpan.Desk.Staff;

/// <summary>Each agent has a supervisor (the roles): warnings and breaches on the agent's cases reach them too.</summary>
internal sealed class AgentSupervisor
{
    public Guid AgentId { get; init; }

    public Guid SupervisorId { get; set; }
}
