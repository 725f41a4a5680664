using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Sharing.Links;

/// <summary>
/// S-2: the extraction code can be changed at any time (the plan must still include encrypted links), and removed,
/// which makes the link public. Visitors who unlocked it with the old code must give the new one.
/// </summary>
internal sealed class ChangeSharePassword(DbContext db, OwnLinks links, IEntitlements entitlements)
{
    public async Task<ShareLinkDto> SetAsync(Guid ownerId, Guid id, string? password, CancellationToken cancellationToken)
    {
        var link = await links.RequireAsync(ownerId, id, cancellationToken);
        var code = LinkSettings.ValidatePassword(password);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        if (!plan.Has(PlanCapabilities.EncryptedLinks))
        {
            throw SharingErrors.NotInPlan(RightsGap.Password, plan);
        }

        link.Password = code;
        await db.SaveChangesAsync(cancellationToken);
        return await links.DescribeAsync(link, cancellationToken);
    }

    public async Task<ShareLinkDto> RemoveAsync(Guid ownerId, Guid id, CancellationToken cancellationToken)
    {
        var link = await links.RequireAsync(ownerId, id, cancellationToken);
        link.Password = null;
        await db.SaveChangesAsync(cancellationToken);
        return await links.DescribeAsync(link, cancellationToken);
    }
}
