using Yunpan.Contracts.Accounts;

namespace Yunpan.Web.Services;

/// <summary>Which staff tools to show. Only a hint for the UI: the server checks the roles on every call.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Agent = "agent";

    /// <summary>Shop activations and invoice batches are for admins and agents.</summary>
    public static bool IsStaff(MeResponse me) => me.Roles.Contains(Admin) || me.Roles.Contains(Agent);
}
