using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Yunpan.Contracts.Drive;
using Yunpan.Web.Components.Drive;

namespace Yunpan.Web.Components.Tests;

/// <summary>The list view: sorting by a column, selection, and the right-click that asks for the context menu.</summary>
public sealed class NodeTableTests : ComponentTest
{
    private static readonly NodeDto Folder = new(Guid.NewGuid(), "Photos", "/Photos", "folder", null, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
    private static readonly NodeDto File = new(Guid.NewGuid(), "notes.txt", "/notes.txt", "file", 2048, "text/plain", new string('a', 64), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(0, "name")]
    [InlineData(1, "size")]
    [InlineData(2, "modified")]
    public void A_column_header_asks_to_sort_by_that_column(int header, string column)
    {
        string? asked = null;
        var table = Render<NodeTable>(p => p
            .Add(t => t.Items, [Folder, File])
            .Add(t => t.Selected, new HashSet<string>())
            .Add(t => t.OnSort, c => asked = c));

        table.FindAll("thead button")[header].Click();

        Assert.Equal(column, asked);
    }

    [Fact]
    public void The_sorted_column_shows_its_direction_and_the_others_none()
    {
        var table = Render<NodeTable>(p => p
            .Add(t => t.Items, [Folder, File])
            .Add(t => t.Selected, new HashSet<string>())
            .Add(t => t.Sort, "size")
            .Add(t => t.Descending, true));

        var headers = table.FindAll("thead button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Name", "Size ↓", "Modified"], headers);

        table.Render(p => p.Add(t => t.Descending, false));
        Assert.Equal("Size ↑", table.FindAll("thead button")[1].TextContent.Trim());
    }

    [Fact]
    public void Rows_show_sizes_of_files_only_and_mark_the_selected_ones()
    {
        var table = Render<NodeTable>(p => p
            .Add(t => t.Items, [Folder, File])
            .Add(t => t.Selected, new HashSet<string> { "/notes.txt" }));

        var rows = table.FindAll("[data-testid=node-row]");
        Assert.Equal(["Photos", "notes.txt"], rows.Select(r => r.GetAttribute("data-name")));
        Assert.Contains("—", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 KB", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal([false, true], rows.Select(r => r.ClassList.Contains("selected")));
    }

    [Fact]
    public void A_right_click_on_a_row_asks_for_the_context_menu_of_its_item_where_it_happened()
    {
        (NodeDto Node, MouseEventArgs At)? asked = null;
        var table = Render<NodeTable>(p => p
            .Add(t => t.Items, [Folder, File])
            .Add(t => t.Selected, new HashSet<string>())
            .Add(t => t.OnContextMenu, e => asked = e));

        table.FindAll("[data-testid=node-row]")[1].ContextMenu(new MouseEventArgs { ClientX = 120, ClientY = 340 });

        Assert.Equal(("/notes.txt", 120d, 340d), (asked?.Node.Path, asked?.At.ClientX, asked?.At.ClientY));
    }
}
