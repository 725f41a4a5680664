using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;

namespace Yunpan.Sharing.Visits;

/// <summary>Who may download a shared folder as one zip (S-7).</summary>
internal enum ZipAccess
{
    /// <summary>The publisher is Supreme or Gold (adFreeLinks): every visitor.</summary>
    Everyone,

    /// <summary>The publisher is a VIP (folderDownload) and so is the signed-in visitor.</summary>
    VipVisitor,

    /// <summary>The publisher is a VIP, the visitor is not (or not signed in): file by file.</summary>
    VipVisitorsOnly,

    /// <summary>The publisher's plan has no folder download: file by file.</summary>
    NotInPublisherPlan,

    /// <summary>A business link (S-8) meters each download before it starts, which a zip streamed without a known
    /// length cannot be: file by file.</summary>
    BusinessLink,
}

/// <summary>Folder download through a link (S-7), decided by the publisher's plan and, for VIP publishers, the visitor's.</summary>
internal sealed class FolderZip(OpenLink open, IDriveFiles drive, IEntitlements entitlements)
{
    public async Task<ZipAccess> DecideAsync(LinkVisit visit, HttpContext http, CancellationToken cancellationToken)
    {
        if (visit.Link.IsBusiness)
        {
            return ZipAccess.BusinessLink;
        }

        if (visit.Publisher.Has(PlanCapabilities.AdFreeLinks))
        {
            return ZipAccess.Everyone;
        }

        if (!visit.Publisher.Has(PlanCapabilities.FolderDownload))
        {
            return ZipAccess.NotInPublisherPlan;
        }

        var signedIn = http.User.Identity?.IsAuthenticated == true;
        return signedIn && (await entitlements.ForMemberAsync(http.MemberId(), cancellationToken)).Has(PlanCapabilities.FolderDownload)
            ? ZipAccess.VipVisitor
            : ZipAccess.VipVisitorsOnly;
    }

    public async Task<IResult> ExecuteAsync(HttpContext http, string token, string? path, CancellationToken cancellationToken)
    {
        var visit = await open.RequireServingAsync(token, http.Request.Headers[LinkHeaders.Code], http, cancellationToken);
        var folder = await open.ItemAsync(visit, path, cancellationToken);
        if (!folder.IsFolder)
        {
            throw SharingErrors.NotAFolder();
        }

        if (visit.Link.IsBusiness)
        {
            throw SharingErrors.BusinessZipRefused();
        }

        var access = await DecideAsync(visit, http, cancellationToken);
        return access is ZipAccess.Everyone or ZipAccess.VipVisitor
            ? drive.DownloadFolder(visit.Link.OwnerId, folder)
            : throw SharingErrors.ZipRefused(access);
    }
}
