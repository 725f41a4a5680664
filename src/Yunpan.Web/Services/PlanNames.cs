using Microsoft.Extensions.Localization;
using Yunpan.Contracts.Plans;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>Plan names in the member's language ("PlanName_" + id in the resources); a plan an operator added to the
/// catalog keeps the name configured for it.</summary>
public static class PlanNames
{
    public static string For(IStringLocalizer<Strings> l, PlanDto plan) => For(l, plan.Id, plan.Name);

    public static string For(IStringLocalizer<Strings> l, string id, string configured) =>
        l["PlanName_" + id] is { ResourceNotFound: false } known ? known.Value : configured;
}
