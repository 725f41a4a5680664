using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Sharing.Links;

/// <summary>The first thing a link uses that the publisher's plan does not give (S-2, S-4, S-5, P-1's largest shared file).</summary>
internal enum RightsGap
{
    None,
    Business,
    Password,
    Template,
    HideDescription,
    ForbidSave,
    FileSize,
}

/// <summary>
/// Whether a link fits its publisher's plan. Checked when it is published or edited (refused) and on every visit
/// (S-9: after a downgrade or expiry a link beyond the current rights is neither downloaded nor edited).
/// </summary>
internal static class LinkRights
{
    public static RightsGap Check(LinkSettings settings, long fileSize, Entitlements plan)
    {
        if (settings.Business && !plan.Has(PlanCapabilities.BusinessLinks))
        {
            return RightsGap.Business;
        }

        if (settings.Password is not null && !plan.Has(PlanCapabilities.EncryptedLinks))
        {
            return RightsGap.Password;
        }

        if (settings.Template != ShareTemplates.Classic && !plan.Has(PlanCapabilities.LinkTemplates))
        {
            return RightsGap.Template;
        }

        if (settings.HideDescription && !plan.Has(PlanCapabilities.HideDescription))
        {
            return RightsGap.HideDescription;
        }

        if (settings.ForbidSave && !plan.Has(PlanCapabilities.ForbidSave))
        {
            return RightsGap.ForbidSave;
        }

        return fileSize > plan.MaxShared ? RightsGap.FileSize : RightsGap.None;
    }

    /// <summary>Refuses settings the plan does not give, naming the capability.</summary>
    public static void EnsureFits(LinkSettings settings, long fileSize, Entitlements plan)
    {
        var gap = Check(settings, fileSize, plan);
        if (gap != RightsGap.None)
        {
            throw SharingErrors.NotInPlan(gap, plan);
        }
    }
}
