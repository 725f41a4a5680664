using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Activity;
using Yunpan.Core.Naming;
using Yunpan.Drive.Files;
using Yunpan.Plans;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Persistence;
using Yunpan.Sharing.Words;

namespace Yunpan.Sharing.Links;

/// <summary>Publishes a link to a file or folder of the member's drive (S-1…S-3, S-5, S-10).</summary>
internal sealed class CreateShareLink(DbContext db, IDriveFiles drive, IEntitlements entitlements, SensitiveWords words, LinkMapper mapper, IBillingCalendar calendar, TimeProvider clock, ActivityFeed activity)
{
    public async Task<ShareLinkDto> ExecuteAsync(Guid ownerId, CreateShareRequest request, CancellationToken cancellationToken)
    {
        var path = DrivePath.Parse(request.Path ?? throw SharingErrors.Validation("Give the path of the file or folder to share."));
        if (path.IsRoot)
        {
            throw SharingErrors.RootNotShareable();
        }

        var now = clock.GetUtcNow();
        var settings = LinkSettings.From(request, now);
        var target = await drive.FindAsync(ownerId, path, cancellationToken) ?? throw SharingErrors.NothingThere(path.Value);
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        LinkRights.EnsureFits(settings, target.IsFolder ? 0 : target.Size, plan);
        await words.EnsureCleanAsync(settings.Title, settings.Description, settings.PromotionText, cancellationToken);
        var image = await PromotionImages.ResolveAsync(drive, ownerId, settings.PromotionImage, cancellationToken);

        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(now),
            Token = LinkTokens.New(),
            OwnerId = ownerId,
            NodeId = target.Id,
            IsFolder = target.IsFolder,
            CreatedAt = now,
            MonthStart = calendar.MonthOf(now).Start,
        };
        link.Apply(settings, image?.Id);
        db.Set<ShareLink>().Add(link);
        await db.SaveChangesAsync(cancellationToken);
        await activity.PublishAsync(new MemberActivity(ownerId, ActivityKinds.LinkShared));
        return mapper.ToDto(link, target, LinkState.Of(link, target, plan, now), image);
    }
}
