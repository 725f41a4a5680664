using Yunpan.Core.Security;

namespace Yunpan.Desk;

/// <summary>Who may do what at the desk: staff are members with roles (Core's <see cref="Roles"/>).</summary>
internal static class DeskRoles
{
    /// <summary>Works cases: agents and the people above them.</summary>
    public static readonly string[] Staff = [Roles.Agent, Roles.Supervisor, Roles.Manager, Roles.Admin];

    /// <summary>K-5: answer incident reports on escalated complaints.</summary>
    public static readonly string[] Managers = [Roles.Manager, Roles.Admin];

    /// <summary>Keep the desk's lists: standard phrases, banned phrases, case categories and help articles.</summary>
    public static readonly string[] ListKeepers = [Roles.Supervisor, Roles.Manager, Roles.Admin];

    /// <summary>Set agents' supervisors and read the audit log of revealed contact details.</summary>
    public static readonly string[] Supervisors = [Roles.Supervisor, Roles.Admin];
}
