namespace Yunpan.Plans.Rewards;

/// <summary>Where capacity comes from, as the ledger names it.</summary>
public static class GrantSources
{
    /// <summary>The running plan's capacity: not stored as a grant, shown as the ledger's first row.</summary>
    public const string Plan = "plan";
    public const string Points = "points";
    public const string CheckIn = "check-in";
    public const string Invitation = "invitation";
    public const string Task = "task";
}
