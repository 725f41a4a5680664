using Yunpan.Plans.Catalog;

namespace Yunpan.Plans;

/// <summary>Configuration section <c>Plans</c>: the plan catalog as data (SPEC P-1); every figure is configurable.</summary>
public sealed class PlansOptions
{
    public const string Section = "Plans";

    /// <summary>The plan every member has when no paid or granted plan is running.</summary>
    public string DefaultPlan { get; set; } = "standard";

    public List<PlanDefinition> Catalog { get; set; } = [];
}
