using Yunpan.Plans.Catalog;
using Yunpan.Plans.Traffic;

namespace Yunpan.Plans;

/// <summary>Configuration section <c>Plans</c>: the plan catalog as data (SPEC P-1); every figure is configurable.</summary>
public sealed class PlansOptions
{
    public const string Section = "Plans";

    /// <summary>The plan every member has when no paid or granted plan is running.</summary>
    public string DefaultPlan { get; set; } = "standard";

    /// <summary>From the lowest plan to the highest: the order is the rank that decides upgrades (P-3).</summary>
    public List<PlanDefinition> Catalog { get; set; } = [];

    /// <summary>The installation's time zone (IANA id): reward days and invoice months are its calendar days and months.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Extra business-link traffic (S-8) sold on top of a Gold plan's monthly traffic.</summary>
    public BusinessTrafficOptions BusinessTraffic { get; set; } = new();

    /// <summary>How often plans whose term is over are ended (P-6).</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
