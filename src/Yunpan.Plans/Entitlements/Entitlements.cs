namespace Yunpan.Plans.Entitlements;

/// <summary>What a member may do right now, by their current plan and rewards. The one answer every module asks for.
/// <see cref="Capacity"/>: the plan's plus running reward grants (the capacity ledger).
/// <see cref="ExpiresAt"/>: when the plan runs out (null for the default plan and granted ones).
/// <see cref="Bonus"/>: the part of <see cref="Capacity"/> that rewards add.
/// <see cref="BusinessTrafficPerMonth"/>: the plan's monthly business-link traffic in bytes (S-8), without bought extra.</summary>
public sealed record Entitlements(
    string PlanId,
    string PlanName,
    long Capacity,
    long MaxUpload,
    long MaxShared,
    IReadOnlySet<string> Capabilities,
    DateTimeOffset? ExpiresAt = null,
    long Bonus = 0,
    long BusinessTrafficPerMonth = 0)
{
    public long PlanCapacity => Capacity - Bonus;

    public bool Has(string capability) => Capabilities.Contains(capability);
}
