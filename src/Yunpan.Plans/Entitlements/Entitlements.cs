namespace Yunpan.Plans.Entitlements;

/// <summary>What a member may do right now, by their current plan. The one answer every module asks for.</summary>
public sealed record Entitlements(
    string PlanId,
    string PlanName,
    long Capacity,
    long MaxUpload,
    long MaxShared,
    IReadOnlySet<string> Capabilities)
{
    public bool Has(string capability) => Capabilities.Contains(capability);
}
