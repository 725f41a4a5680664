using Microsoft.Extensions.Options;

namespace Yunpan.Plans.Catalog;

/// <summary>The configured plans, looked up by id.</summary>
public sealed class PlanCatalog(IOptions<PlansOptions> options)
{
    public IReadOnlyList<PlanDefinition> All => options.Value.Catalog;

    public PlanDefinition Default => Find(options.Value.DefaultPlan)
        ?? throw new InvalidOperationException($"The default plan '{options.Value.DefaultPlan}' is not in the catalog.");

    public PlanDefinition? Find(string id) =>
        options.Value.Catalog.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
