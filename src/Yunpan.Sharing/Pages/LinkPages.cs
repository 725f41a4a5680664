using System.Globalization;
using Yunpan.Contracts.Formatting;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Pages;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Visits;

namespace Yunpan.Sharing.Pages;

/// <summary>What the page of a serving link shows, gathered by the endpoint.</summary>
internal sealed record ItemPage(
    LinkVisit Visit,
    string Address,
    DriveEntry Item,
    string Relative,
    IReadOnlyList<DriveEntry> Children,
    ZipAccess Zip,
    bool SignedIn,
    Promotion? Promotion,
    string? TextPreview,
    bool Saved);

/// <summary>The promotion slot: the operator's banner (S-6) when it is due, or a business link's own promotion (S-8),
/// whose image (if any) is served by this server.</summary>
internal sealed record Promotion(string? Text, string? Url, string? ImageUrl = null, bool Publishers = false);

/// <summary>The HTML of the link pages (/s/{token}): the item, the code form and the pages that say why not.</summary>
internal static class LinkPages
{
    public static string NotFound() =>
        LinkDocument.Create(PageText.Get("NotFoundTitle"), ShareTemplates.Classic, indexable: false)
            .Markup("<section>").Element("h1", null, PageText.Get("NotFoundTitle")).Element("p", null, PageText.Get("NotFoundBody")).Markup("</section>")
            .Render();

    public static string Gone(string status) =>
        LinkDocument.Create(PageText.Get("GoneTitle"), ShareTemplates.Classic, indexable: false)
            .Markup("<section>").Element("h1", null, PageText.Get("GoneTitle"))
            .Element("p", "reason", PageText.Get(status switch
            {
                ShareStatuses.Expired => "GoneExpired",
                ShareStatuses.Revoked => "GoneRevoked",
                ShareStatuses.LimitReached => "GoneLimitReached",
                _ => "GoneRemoved",
            }))
            .Markup("</section>").Render();

    /// <summary>S-8: a business link whose publisher's traffic for the month is used up.</summary>
    public static string TrafficUsedUp() =>
        LinkDocument.Create(PageText.Get("TrafficTitle"), ShareTemplates.Classic, indexable: false)
            .Markup("<section>").Element("h1", null, PageText.Get("TrafficTitle"))
            .Element("p", "reason", PageText.Get("TrafficBody"))
            .Markup("</section>").Render();

    public static string BeyondPlan(RightsGap gap) =>
        LinkDocument.Create(PageText.Get("BeyondTitle"), ShareTemplates.Classic, indexable: false)
            .Markup("<section>").Element("h1", null, PageText.Get("BeyondTitle"))
            .Element("p", "reason", PageText.Format("BeyondBody", PageText.Get("Gap_" + gap)))
            .Markup("</section>").Render();

    /// <summary>The code form; it names nothing of what the link shares.</summary>
    public static string Locked(string token, string? errorKey) =>
        LinkDocument.Create(PageText.Get("LockedTitle"), ShareTemplates.Classic, indexable: false)
            .Markup("<section>").Element("h1", null, PageText.Get("LockedTitle")).Element("p", null, PageText.Get("LockedBody"))
            .Markup(errorKey is null ? "" : "<p class=\"error\" role=\"alert\">").Text(errorKey is null ? "" : PageText.Get(errorKey)).Markup(errorKey is null ? "" : "</p>")
            .Markup("<form method=\"post\" action=\"").Text(LinkUrls.PagePrefix + token).Markup("\">")
            .Markup("<label>").Text(PageText.Get("LockedCode")).Markup(" <input name=\"code\" autocomplete=\"off\" required maxlength=\"32\" autofocus></label> ")
            .Markup("<button type=\"submit\">").Text(PageText.Get("LockedSubmit")).Markup("</button></form></section>")
            .Render();

    public static string Item(ItemPage page)
    {
        var link = page.Visit.Link;
        var token = link.Token;
        var title = page.Relative.Length == 0 && link.Title is not null ? link.Title : page.Item.Name;
        var doc = LinkDocument.Create(title, link.Template, indexable: link.Password is null);
        doc.Markup("<section class=\"item\">").Element("h1", null, title);
        if (page.Item.IsFolder)
        {
            doc.Element("p", "meta", PageText.Get("Folder") + (page.Relative.Length == 0 ? "" : " · " + page.Relative));
        }
        else
        {
            doc.Element("p", "meta", $"{PageText.Get("Size")}: {ByteSize.Format(page.Item.Size, CultureInfo.CurrentCulture)} · {PageText.Get("Modified")}: {page.Item.ModifiedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        }

        if (page.Relative.Length == 0 && !link.HideDescription && link.Description is not null)
        {
            doc.Element("p", "description", link.Description);
        }

        if (page.Item.IsFolder)
        {
            Folder(doc, page);
        }
        else
        {
            Preview(doc, token, page);
            doc.Markup("<p>").Link(DownloadUrl(token, page.Relative), PageText.Get("Download"), "button download").Markup("</p>");
        }

        doc.Markup("</section>");
        Save(doc, page);
        if (link.Password is null)
        {
            Share(doc, page.Address, title);
        }

        if (page.Promotion is { } promotion)
        {
            doc.Markup(promotion.Publishers ? "<section class=\"promotion publisher\" aria-label=\"" : "<section class=\"promotion\" aria-label=\"")
                .Text(PageText.Get("Promotion")).Markup("\">");
            if (promotion.ImageUrl is not null)
            {
                doc.Markup("<img class=\"promotion-image\" alt=\"\" src=\"").Text(promotion.ImageUrl).Markup("\">");
            }

            if (promotion.Url is not null)
            {
                doc.Link(promotion.Url, promotion.Text ?? promotion.Url);
            }
            else if (promotion.Text is not null)
            {
                doc.Markup(promotion.ImageUrl is null ? "" : "<p>").Text(promotion.Text).Markup(promotion.ImageUrl is null ? "" : "</p>");
            }

            doc.Markup("</section>");
        }

        return doc.Render();
    }

    public static string PageUrl(string token, string relative) =>
        LinkUrls.PagePrefix + token + (relative.Length == 0 ? "" : "?path=" + Uri.EscapeDataString(relative));

    private static string DownloadUrl(string token, string relative, bool inline = false) =>
        LinkUrls.PagePrefix + token + "/download" + Query(relative, inline);

    private static string Query(string relative, bool inline)
    {
        var parts = new List<string>();
        if (relative.Length > 0)
        {
            parts.Add("path=" + Uri.EscapeDataString(relative));
        }

        if (inline)
        {
            parts.Add("inline=true");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Folder(HtmlDocument doc, ItemPage page)
    {
        var token = page.Visit.Link.Token;
        if (page.Relative.Length > 0)
        {
            var up = page.Relative[..page.Relative.LastIndexOf('/')];
            doc.Markup("<p>").Link(PageUrl(token, up), "↑ " + PageText.Get("Up"), "up").Markup("</p>");
        }

        switch (page.Zip)
        {
            case ZipAccess.Everyone or ZipAccess.VipVisitor:
                doc.Markup("<p>").Link(LinkUrls.PagePrefix + token + "/zip" + Query(page.Relative, false), PageText.Get("DownloadZip"), "button zip").Markup("</p>");
                break;
            case ZipAccess.BusinessLink:
                doc.Element("p", "notice zip-refused", PageText.Get("ZipBusinessLink"));
                break;
            case ZipAccess.VipVisitorsOnly:
                doc.Element("p", "notice zip-refused", PageText.Get("ZipVipOnly"));
                break;
            default:
                doc.Element("p", "notice zip-refused", PageText.Get("ZipNotInPlan"));
                break;
        }

        if (page.Children.Count == 0)
        {
            doc.Element("p", "empty", PageText.Get("Empty"));
            return;
        }

        doc.Markup("<table class=\"listing\"><thead><tr><th>").Text(PageText.Get("Name")).Markup("</th><th>").Text(PageText.Get("Size"))
            .Markup("</th><th></th></tr></thead><tbody>");
        foreach (var child in page.Children)
        {
            var relative = page.Relative + "/" + child.Name;
            doc.Markup("<tr><td>");
            if (child.IsFolder)
            {
                doc.Link(PageUrl(token, relative), child.Name + "/", "folder").Markup("</td><td></td><td></td></tr>");
            }
            else
            {
                doc.Text(child.Name).Markup("</td><td>").Text(ByteSize.Format(child.Size, CultureInfo.CurrentCulture)).Markup("</td><td>")
                    .Link(DownloadUrl(token, relative), PageText.Get("Download"), "download").Markup("</td></tr>");
            }
        }

        doc.Markup("</tbody></table>");
    }

    private static void Preview(HtmlDocument doc, string token, ItemPage page)
    {
        var type = page.Item.ContentType;
        var source = DownloadUrl(token, page.Relative, inline: true);
        if (page.TextPreview is not null)
        {
            doc.Markup("<div class=\"preview\"><pre>").Text(page.TextPreview).Markup("</pre></div>");
        }
        else if (DownloadThroughLink.CanShowInline(page.Item) && type.StartsWith("image/", StringComparison.Ordinal))
        {
            doc.Markup("<div class=\"preview\"><img alt=\"").Text(page.Item.Name).Markup("\" src=\"").Text(source).Markup("\"></div>");
        }
        else if (DownloadThroughLink.CanShowInline(page.Item) && (type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal)))
        {
            var tag = type.StartsWith("audio/", StringComparison.Ordinal) ? "audio" : "video";
            doc.Markup("<div class=\"preview\"><" + tag + " controls preload=\"metadata\" src=\"").Text(source).Markup("\"></" + tag + "></div>");
        }
    }

    /// <summary>S-11 for public links: the address to copy, its QR code and the microblogs' share intents (an
    /// encrypted link's code is passed on by its publisher, never by the page).</summary>
    private static void Share(HtmlDocument doc, string address, string title)
    {
        doc.Markup("<section class=\"share\">").Element("h2", null, PageText.Get("Share"))
            .Markup("<label>").Text(PageText.Get("CopyLink")).Markup(" <input class=\"address\" readonly value=\"").Text(address).Markup("\"></label>")
            .Markup("<p><img class=\"qr\" width=\"160\" height=\"160\" alt=\"QR\" src=\"").Text(address + "/qr.png").Markup("\"></p><p>");
        foreach (var (network, url) in ShareIntents.For(title, address))
        {
            doc.Link(url, PageText.Get("Intent_" + network), "intent " + network).Markup(" ");
        }

        doc.Markup("</p></section>");
    }

    private static void Save(HtmlDocument doc, ItemPage page)
    {
        var link = page.Visit.Link;
        doc.Markup("<section class=\"save\">");
        if (page.Saved)
        {
            doc.Element("p", "saved", PageText.Get("Saved"));
        }

        if (link.ForbidSave)
        {
            doc.Element("p", "notice", PageText.Get("SaveForbidden"));
        }
        else if (!page.SignedIn)
        {
            doc.Link("/signin?returnUrl=" + Uri.EscapeDataString(PageUrl(link.Token, page.Relative)), PageText.Get("SignInToSave"));
        }
        else
        {
            doc.Markup("<form method=\"post\" action=\"").Text(LinkUrls.PagePrefix + link.Token + "/save").Markup("\">")
                .Markup("<input type=\"hidden\" name=\"path\" value=\"").Text(page.Relative).Markup("\">")
                .Markup("<label>").Text(PageText.Get("SaveFolder")).Markup(" <input name=\"folder\" value=\"/\" required></label> ")
                .Markup("<button type=\"submit\">").Text(PageText.Get("SaveToDrive")).Markup("</button></form>");
        }

        doc.Markup("</section>");
    }
}
