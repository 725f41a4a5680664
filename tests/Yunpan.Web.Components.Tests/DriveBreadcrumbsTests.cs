using Bunit;
using Yunpan.Web.Components.Drive;

namespace Yunpan.Web.Components.Tests;

public sealed class DriveBreadcrumbsTests : ComponentTest
{
    [Fact]
    public void The_root_is_my_drive_alone_and_current()
    {
        var crumbs = Render<DriveBreadcrumbs>(p => p.Add(c => c.Folder, "/"));

        Assert.Equal(["My drive"], Texts(crumbs));
        Assert.Empty(Links(crumbs));
    }

    [Fact]
    public void Every_folder_above_the_current_one_links_to_its_view_with_encoded_segments()
    {
        var crumbs = Render<DriveBreadcrumbs>(p => p.Add(c => c.Folder, "/Photos/2026 夏/Beach"));

        Assert.Equal(["My drive", "Photos", "2026 夏", "Beach"], Texts(crumbs));
        Assert.Equal(["/drive", "/drive/Photos", "/drive/Photos/2026%20%E5%A4%8F"], Links(crumbs));
        Assert.Equal("Beach", crumbs.Find("[aria-current=page]").TextContent);
    }

    [Fact]
    public void A_sloppy_path_gives_the_same_crumbs_as_a_clean_one()
    {
        var crumbs = Render<DriveBreadcrumbs>(p => p.Add(c => c.Folder, "Photos//Beach/"));

        Assert.Equal(["My drive", "Photos", "Beach"], Texts(crumbs));
        Assert.Equal(["/drive", "/drive/Photos"], Links(crumbs));
    }

    private static List<string> Texts(IRenderedComponent<DriveBreadcrumbs> crumbs) =>
        [.. crumbs.FindAll("li.mud-breadcrumb-item").Select(li => li.TextContent.Trim())];

    /// <summary>Where the crumbs lead; the current folder's is shown, not followed.</summary>
    private static List<string?> Links(IRenderedComponent<DriveBreadcrumbs> crumbs) =>
        [.. crumbs.FindAll("li.mud-breadcrumb-item:not(.mud-disabled) a").Select(a => a.GetAttribute("href"))];
}
