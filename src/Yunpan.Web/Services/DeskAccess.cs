using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Desk;

namespace Yunpan.Web.Services;

/// <summary>
/// Which desk screens and actions a signed-in member's roles allow, so that the UI offers only what the API would
/// accept (the API authorizes every call regardless).
/// </summary>
public static class DeskAccess
{
    private static readonly string[] CaseWorkers = ["agent", "supervisor", "manager", "admin"];
    private static readonly string[] AboveAgents = ["supervisor", "manager", "admin"];
    private static readonly string[] Managers = ["manager", "admin"];
    private static readonly string[] ListKeepers = ["supervisor", "manager", "admin"];

    /// <summary>Works cases: the queue, replies, notes, the archive and notifications.</summary>
    public static bool WorksCases(MeResponse? me) => me is not null && me.Roles.Any(CaseWorkers.Contains);

    /// <summary>K-5: reads and answers the incident reports on escalated complaints.</summary>
    public static bool IsManager(MeResponse? me) => me is not null && me.Roles.Any(Managers.Contains);

    /// <summary>K-7, K-8, K-11: keeps the standard phrases, the banned phrases and the help articles.</summary>
    public static bool KeepsLists(MeResponse? me) => me is not null && me.Roles.Any(ListKeepers.Contains);

    public static bool IsTechnicalContact(MeResponse? me) => me is not null && me.Roles.Contains("technical-contact");

    /// <summary>Anyone with a desk screen: case workers and technical contacts.</summary>
    public static bool IsStaff(MeResponse? me) => WorksCases(me) || IsTechnicalContact(me);

    /// <summary>K-4: the owner acts on a case; supervisors, managers and admins may step in.</summary>
    public static bool InCharge(MeResponse? me, CaseDto c) =>
        me is not null && c.Status != "closed" && (c.OwnerId == me.Id || me.Roles.Any(AboveAgents.Contains));
}
