namespace Yunpan.Plans.Entitlements;

/// <summary>What a member may do right now, by their current plan. The one answer every module asks for.
/// <see cref="ExpiresAt"/>: when the plan runs out (null for the default plan and granted ones).</summary>
public sealed record Entitlements(
    string PlanId,
    string PlanName,
    long Capacity,
    long MaxUpload,
    long MaxShared,
    IReadOnlySet<string> Capabilities,
    DateTimeOffset? ExpiresAt = null)
{
    public bool Has(string capability) => Capabilities.Contains(capability);
}
