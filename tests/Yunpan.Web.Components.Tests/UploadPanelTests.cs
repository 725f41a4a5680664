using Bunit;
using Yunpan.Web.Components.Drive;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

/// <summary>What the upload list shows: each file's state and progress, hashing for instant upload, and the total.</summary>
public sealed class UploadPanelTests : ComponentTest
{
    [Fact]
    public void Nothing_shows_before_the_first_file()
    {
        var panel = Render<UploadPanel>();

        Assert.Empty(panel.FindAll("[data-testid=uploads]"));
    }

    [Fact]
    public void The_total_counts_every_file_by_its_bytes()
    {
        var uploads = Service<BrowserUploads>();
        var panel = Render<UploadPanel>();

        uploads.OnAdded(1, "small.txt", "/", 100);
        uploads.OnAdded(2, "large.bin", "/", 300);
        uploads.OnDone(1);
        uploads.OnProgress(2, 100, 2048);

        panel.WaitForAssertion(() => Assert.Equal("50 %", panel.Find("[data-testid=uploads-total]").TextContent));
        var large = Item(panel, "large.bin");
        Assert.Equal(("uploading", "33"), (large.GetAttribute("data-state"), large.GetAttribute("data-percent")));
        Assert.Contains("33 % · 2 KB/s", large.TextContent, StringComparison.Ordinal);
        Assert.Contains("Done", Item(panel, "small.txt").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Hashing_shows_its_own_progress_and_can_be_canceled_but_not_paused()
    {
        var uploads = Service<BrowserUploads>();
        var panel = Render<UploadPanel>();

        uploads.OnAdded(1, "movie.mkv", "/", 1000);
        uploads.OnHashing(1, 250);

        panel.WaitForAssertion(() => Assert.Equal("hashing", Item(panel, "movie.mkv").GetAttribute("data-state")));
        var item = Item(panel, "movie.mkv");
        Assert.Contains("Checking for instant upload · 25 %", item.TextContent, StringComparison.Ordinal);
        Assert.Single(item.QuerySelectorAll("[data-testid=upload-cancel]"));
        Assert.Empty(item.QuerySelectorAll("[data-testid=upload-pause]"));
        Assert.Equal("0 %", panel.Find("[data-testid=uploads-total]").TextContent);
    }

    [Fact]
    public void A_file_added_by_instant_upload_says_so_at_100_percent()
    {
        var uploads = Service<BrowserUploads>();
        var panel = Render<UploadPanel>();
        uploads.OnAdded(1, "movie.mkv", "/", 1000);
        uploads.Items[0].Instant = true;

        uploads.OnDone(1);

        panel.WaitForAssertion(() => Assert.Equal("done", Item(panel, "movie.mkv").GetAttribute("data-state")));
        var item = Item(panel, "movie.mkv");
        Assert.Equal(("true", "100"), (item.GetAttribute("data-instant"), item.GetAttribute("data-percent")));
        Assert.Contains("Instant upload", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("100 %", panel.Find("[data-testid=uploads-total]").TextContent);
    }

    [Fact]
    public void A_refusal_shows_in_the_members_words_with_the_numbers_the_server_gave()
    {
        var uploads = Service<BrowserUploads>();
        var panel = Render<UploadPanel>();
        uploads.OnAdded(1, "huge.iso", "/", 1000);

        uploads.OnError(1, 413, """{"code":"file_too_large","detail":"Your plan (Free) accepts files of up to 4 GB.","limit":4294967296}""");

        panel.WaitForAssertion(() => Assert.Equal(
            "The file is larger than 4 GB, the most your plan accepts. A larger plan accepts larger files.",
            panel.Find("[data-testid=upload-error]").TextContent));
        Assert.Contains("Failed", Item(panel, "huge.iso").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upload_that_got_no_answer_says_the_server_could_not_be_reached()
    {
        var uploads = Service<BrowserUploads>();
        var panel = Render<UploadPanel>();
        uploads.OnAdded(1, "huge.iso", "/", 1000);

        uploads.OnError(1, 0, null);

        panel.WaitForAssertion(() => Assert.Equal(
            "The server could not be reached. Check your connection and try again.",
            panel.Find("[data-testid=upload-error]").TextContent));
    }

    private static AngleSharp.Dom.IElement Item(IRenderedComponent<UploadPanel> panel, string name) =>
        panel.Find($"[data-testid=upload-item][data-name='{name}']");
}
