using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Catalog;

/// <summary>Refuses to start with a catalog that would make quotas meaningless.</summary>
internal sealed class PlansOptionsValidator : IValidateOptions<PlansOptions>
{
    public ValidateOptionsResult Validate(string? name, PlansOptions options)
    {
        var failures = new List<string>();
        if (options.Catalog.Count == 0)
        {
            failures.Add("Plans:Catalog is empty; at least the default plan is needed.");
        }

        if (!options.Catalog.Any(p => string.Equals(p.Id, options.DefaultPlan, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"Plans:DefaultPlan '{options.DefaultPlan}' is not in Plans:Catalog.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"Plans:TimeZone '{options.TimeZone}' is not a time zone this machine knows (use an IANA id such as Asia/Shanghai).");
        }

        foreach (var plan in options.Catalog)
        {
            if (string.IsNullOrWhiteSpace(plan.Id) || plan.Capacity <= 0 || plan.MaxUpload <= 0 || plan.MaxShared <= 0)
            {
                failures.Add($"Plan '{plan.Id}' needs an id and positive Capacity, MaxUpload and MaxShared.");
            }

            if (plan.Capabilities.Contains(PlanCapabilities.BusinessLinks) != plan.BusinessTrafficPerMonth > 0 || plan.BusinessTrafficPerMonth < 0)
            {
                failures.Add($"Plan '{plan.Id}': a plan with the businessLinks capability needs a positive BusinessTrafficPerMonth, and only such a plan has one.");
            }

            if (plan.PricePerYear <= 0 || plan.PricePerMonth <= 0 || (plan.PricePerMonth is not null && plan.PricePerYear is null))
            {
                failures.Add($"Plan '{plan.Id}': prices must be positive, and a plan sold by the month needs a yearly price too (it is the base of upgrade conversion).");
            }
        }

        if (options.BusinessTraffic.PricePerGb <= 0)
        {
            failures.Add("Plans:BusinessTraffic:PricePerGb must be positive.");
        }

        if (options.Catalog.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            failures.Add("Plan ids in Plans:Catalog must be unique.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
