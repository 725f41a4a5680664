using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Errors;
using Yunpan.Core.Naming;
using Yunpan.Core.Pages;
using Yunpan.Core.Security;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Pages;
using Yunpan.Sharing.Visits;

namespace Yunpan.Sharing.Endpoints;

/// <summary>
/// The link pages (/s/{token}): server-rendered HTML for anyone, the code form of encrypted links, downloads and
/// folder zips through the link, and save to drive from the page.
/// </summary>
internal static class LinkPageEndpoints
{
    private const int MaxListed = 1000;
    private const int TextPreviewBytes = 16 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/s").WithTags("Link pages").AllowAnonymous();

        pages.MapMethods("/{token}", [HttpMethods.Get, HttpMethods.Head], PageAsync)
            .WithName("LinkPage")
            .WithSummary("The link page (HTML): the shared file, or the folder at ?path= inside a shared folder; the code form for an encrypted link; 404/410 pages.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");

        pages.MapPost("/{token}", UnlockAsync)
            .WithName("UnlockLink")
            .WithSummary("The code form (field code). A right code sets a cookie for this link's pages and redirects to the page; attempts are limited per link and per client.")
            .Produces(StatusCodes.Status303SeeOther)
            .Produces(StatusCodes.Status403Forbidden, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests, contentType: "text/html");

        pages.MapMethods("/{token}/download", [HttpMethods.Get, HttpMethods.Head],
                (string token, string? path, bool? inline, HttpContext http, DownloadThroughLink download, CancellationToken ct) =>
                    download.ExecuteAsync(http, token, path, inline == true, ct))
            .WithName("DownloadThroughLink")
            .WithSummary("Download the shared file, or the file at ?path= inside a shared folder, with Range, If-Range and ETag. " +
                         "An encrypted link needs its page unlocked (cookie) or the code in X-Link-Code.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        pages.MapGet("/{token}/zip", (string token, string? path, HttpContext http, FolderZip zip, CancellationToken ct) => zip.ExecuteAsync(http, token, path, ct))
            .WithName("DownloadFolderThroughLink")
            .WithSummary("The shared folder (or the folder at ?path=) as a streamed zip: for every visitor when the publisher is Supreme or Gold, " +
                         "for signed-in VIP visitors when the publisher is a VIP, otherwise refused (files one by one).")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        pages.MapGet("/{token}/qr.png", async (string token, OpenLink open, LinkUrls urls, HttpContext http, CancellationToken ct) =>
            {
                if (await open.FindAsync(token, ct) is null)
                {
                    throw SharingErrors.LinkNotFound();
                }

                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.File(LinkQrCode.Png(urls.Page(token)), "image/png");
            })
            .WithName("LinkQrCode")
            .WithSummary("The link's address as a QR code (PNG).")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);

        pages.MapGet("/{token}/promotion", PromotionImageAsync)
            .WithName("LinkPromotionImage")
            .WithSummary("A business link's promotion image (S-8): an image file of the publisher's drive, shown on the link's page.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);

        pages.MapPost("/{token}/save", SaveAsync)
            .WithName("SaveFromLinkPage")
            .WithSummary("The page's save-to-drive form (fields folder and path) for a signed-in visitor; redirects back to the page.")
            .Produces(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> PageAsync(string token, string? path, bool? saved, HttpContext http, OpenLink open, LinkUnlock unlock,
        IDriveFiles drive, FolderZip zips, LinkCounters counters, LinkUrls urls, TrafficBudget traffic, IOptions<SharingOptions> options, TimeProvider clock,
        CancellationToken ct)
    {
        var visit = await open.FindAsync(token, ct);
        if (visit is null)
        {
            return Html(http, LinkPages.NotFound(), StatusCodes.Status404NotFound);
        }

        if (visit.State.IsGone)
        {
            return Html(http, LinkPages.Gone(visit.State.Status), StatusCodes.Status410Gone);
        }

        if (!visit.State.IsActive)
        {
            return Html(http, LinkPages.BeyondPlan(visit.State.Gap), StatusCodes.Status403Forbidden);
        }

        // S-8: all of a publisher's business links stop together once the month's traffic is used up.
        if (visit.Link.IsBusiness && (await traffic.ForAsync(visit.Link.OwnerId, visit.Publisher, ct)).Remaining == 0)
        {
            return Html(http, LinkPages.TrafficUsedUp(), StatusCodes.Status403Forbidden);
        }

        if (!unlock.IsUnlocked(http, visit.Link))
        {
            return Html(http, LinkPages.Locked(token, null), StatusCodes.Status200OK);
        }

        DriveEntry item;
        try
        {
            item = await open.ItemAsync(visit, path, ct);
        }
        catch (DomainException e) when (e.Status is StatusCodes.Status404NotFound or StatusCodes.Status400BadRequest)
        {
            return Html(http, LinkPages.NotFound(), StatusCodes.Status404NotFound);
        }

        var below = DrivePath.Parse(path);
        var children = new List<DriveEntry>();
        if (item.IsFolder)
        {
            await foreach (var child in drive.ChildrenAsync(visit.Link.OwnerId, DrivePath.Parse(item.Path), ct))
            {
                children.Add(child);
                if (children.Count == MaxListed)
                {
                    break;
                }
            }
        }

        var page = new ItemPage(
            visit,
            urls.Page(token),
            item,
            below.IsRoot ? "" : below.Value,
            children,
            item.IsFolder ? await zips.DecideAsync(visit, http, ct) : ZipAccess.NotInPublisherPlan,
            http.User.Identity?.IsAuthenticated == true,
            PromotionFor(visit, options.Value, counters.MonthStart),
            await TextPreviewAsync(drive, item, ct),
            saved == true);
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await counters.ViewedAsync(visit.Link.Id, ct);
        }

        // Public pages of anonymous visitors may be cached by browsers and proxies; anything personal may not.
        http.Response.Headers.CacheControl = visit.Link.Password is null && !page.SignedIn ? "public, max-age=60" : "private, no-store";
        http.Response.Headers.Vary = "Cookie, Accept-Language";
        return Html(http, LinkPages.Item(page), StatusCodes.Status200OK);
    }

    private static async Task<IResult> UnlockAsync(string token, HttpContext http, OpenLink open, LinkUnlock unlock, PasswordThrottle throttle, CancellationToken ct)
    {
        var visit = await open.FindAsync(token, ct);
        if (visit is null || visit.State.IsGone || !visit.State.IsActive || visit.Link.Password is null)
        {
            // Nothing to unlock: the page says what there is.
            return SeeOther(http, LinkUrls.PagePrefix + token);
        }

        if (!throttle.TryAttempt(token, PasswordThrottle.ClientOf(http), out var retryAfter))
        {
            http.Response.Headers.RetryAfter = PasswordThrottle.RetryAfterHeader(retryAfter);
            return Html(http, LinkPages.Locked(token, "LockedThrottled"), StatusCodes.Status429TooManyRequests);
        }

        var code = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["code"].ToString() : null;
        if (!LinkUnlock.Matches(visit.Link, code))
        {
            return Html(http, LinkPages.Locked(token, "LockedWrong"), StatusCodes.Status403Forbidden);
        }

        unlock.Unlock(http, visit.Link);
        return SeeOther(http, LinkUrls.PagePrefix + token);
    }

    private static async Task<IResult> PromotionImageAsync(string token, HttpContext http, OpenLink open, IDriveFiles drive, CancellationToken ct)
    {
        var visit = await open.RequireServingAsync(token, http.Request.Headers[LinkHeaders.Code], http, ct);
        var image = visit.Link is { IsBusiness: true, PromotionImageId: { } id } ? await drive.FindByIdAsync(visit.Link.OwnerId, id, ct) : null;
        return PromotionImages.Fits(image) ? drive.Download(image!, attachment: false) : throw SharingErrors.ItemNotFound();
    }

    private static async Task<IResult> SaveAsync(string token, HttpContext http, SaveToDrive save, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        var relative = form?["path"].ToString() ?? "";
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return SeeOther(http, "/signin?returnUrl=" + Uri.EscapeDataString(LinkPages.PageUrl(token, relative)));
        }

        await save.ExecuteAsync(http, http.MemberId(), token, form?["folder"].ToString() ?? "/", relative, code: null, ct);
        var page = LinkPages.PageUrl(token, relative);
        return SeeOther(http, page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "saved=true");
    }

    private static Promotion? PromotionFor(LinkVisit visit, SharingOptions options, DateTimeOffset monthStart)
    {
        if (visit.Link.IsBusiness)
        {
            // S-8: never the platform's banner on a business link; the publisher's own promotion, if they set one.
            var image = visit.Link.PromotionImageId is null ? null : LinkUrls.PagePrefix + visit.Link.Token + "/promotion";
            return visit.Link.PromotionText is null && image is null ? null : new Promotion(visit.Link.PromotionText, null, image, Publishers: true);
        }

        if (string.IsNullOrWhiteSpace(options.PromotionText) || visit.Publisher.Has(PlanCapabilities.AdFreeLinks))
        {
            return null;
        }

        var thisMonth = visit.Link.MonthStart == monthStart ? visit.Link.MonthDownloads : 0;
        return thisMonth >= options.AdFreeDownloadsPerMonth ? new Promotion(options.PromotionText, string.IsNullOrWhiteSpace(options.PromotionUrl) ? null : options.PromotionUrl) : null;
    }

    /// <summary>The start of a text file, decoded as UTF-8 (a character cut at the end is dropped).</summary>
    private static async Task<string?> TextPreviewAsync(IDriveFiles drive, DriveEntry item, CancellationToken ct)
    {
        if (item.IsFolder || item.ContentType != "text/plain" || item.Size == 0)
        {
            return null;
        }

        var buffer = new byte[(int)Math.Min(item.Size, TextPreviewBytes)];
        await using var content = drive.OpenRead(item);
        await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return new UTF8Encoding(false, false).GetString(buffer).TrimEnd('\uFFFD');
    }

    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Html(HttpContext http, string html, int status) => HtmlPage.Result(http, html, status);
}
