using Microsoft.Extensions.Options;

namespace Yunpan.Plans.Catalog;

/// <summary>The configured plans, looked up by id.</summary>
public sealed class PlanCatalog(IOptions<PlansOptions> options)
{
    public IReadOnlyList<PlanDefinition> All => options.Value.Catalog;

    public PlanDefinition Default => Find(options.Value.DefaultPlan)
        ?? throw new InvalidOperationException($"The default plan '{options.Value.DefaultPlan}' is not in the catalog.");

    /// <summary>The catalog lists plans from the lowest to the highest: a plan's place is its rank (P-3).</summary>
    public int RankOf(PlanDefinition plan) => options.Value.Catalog.IndexOf(plan);

    public PlanDefinition? Find(string id) =>
        options.Value.Catalog.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
