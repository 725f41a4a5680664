using Yunpan.Core.Security;

namespace Yunpan.Desk;

/// <summary>Who may do what at the desk: staff are members with roles (Core's <see cref="Roles"/>).</summary>
internal static class DeskRoles
{
    /// <summary>Works cases: agents and the people above them.</summary>
    public static readonly string[] Staff = [Roles.Agent, Roles.Supervisor, Roles.Manager, Roles.Admin];

    /// <summary>K-5: answer incident reports on escalated complaints.</summary>
    public static readonly string[] Managers = [Roles.Manager, Roles.Admin];

    /// <summary>Keeps the desk's lists (banned phrases, categories, phrases) and reads the audit log.</summary>
    public static readonly string[] Supervisors = [Roles.Supervisor, Roles.Admin];
}
