using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// The context menu of drive items: a right-click opens it and its actions are the page's (rename here, where a name
/// against the rules is explained before it is sent); the menu key and Shift+F10 open it for the focused item and
/// Escape closes it; at phone width a tile's ⋮ button opens the same items.
/// </summary>
public sealed class ContextMenuTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_right_click_renames_and_the_keyboard_opens_and_closes_the_menu()
    {
        var (page, api) = await browser.SignedInAsync(Password);
        await api.UploadAsync("/draft.txt", new MemoryStream("first draft"u8.ToArray()));
        await page.ReloadAsync();
        var row = Row(page, "draft.txt");

        await row.ClickAsync(new() { Button = MouseButton.Right });
        await Expect(page.GetByTestId("menu-share")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "drive-context-menu");
        await page.GetByTestId("menu-rename").ClickAsync();
        await Expect(page.GetByTestId("name-input")).ToHaveValueAsync("draft.txt");
        await page.GetByTestId("name-input").FillAsync("drafts/final.txt");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("A name cannot contain “/” or “\\”.");
        await Expect(page.GetByTestId("name-ok")).ToBeDisabledAsync();
        await page.GetByTestId("name-input").FillAsync("final.txt");
        await page.GetByTestId("name-ok").ClickAsync();
        await Expect(Row(page, "final.txt")).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal("final.txt", (await api.StatAsync("/final.txt")).Name);

        // The keyboard: the menu key and Shift+F10 on the focused item, Escape to close.
        await Row(page, "final.txt").GetByTestId("node-open").FocusAsync();
        await page.Keyboard.PressAsync("Shift+F10");
        await Expect(page.GetByTestId("menu-rename")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("menu-open")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("menu-rename")).ToHaveCountAsync(0);
        await Expect(Row(page, "final.txt").GetByTestId("node-open")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ContextMenu");
        await Expect(page.GetByTestId("menu-delete")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("menu-open")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("menu-delete")).ToHaveCountAsync(0);

        // An Escape pressed before the menu has taken the focus reaches the page, which closes the menu as well.
        await page.Keyboard.PressAsync("Shift+F10");
        await Expect(page.GetByTestId("menu-open")).ToBeFocusedAsync();
        await Row(page, "final.txt").GetByTestId("node-open").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("menu-rename")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task At_phone_width_the_menu_button_of_a_tile_opens_the_same_actions()
    {
        var (page, api) = await browser.SignedInAsync(Password, width: 390, height: 844);
        await api.UploadAsync("/phone.txt", new MemoryStream("on the go"u8.ToArray()));
        await page.ReloadAsync();
        await page.GetByLabel("Grid").ClickAsync();

        await page.Locator("[data-testid=node-tile][data-name='phone.txt']").GetByTestId("node-menu").ClickAsync();
        await Expect(page.GetByTestId("menu-move")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "drive-item-menu-phone");
        await page.GetByTestId("menu-delete").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.GetByTestId("empty")).ToBeVisibleAsync();
    }

    private static ILocator Row(IPage page, string name) => page.Locator($"[data-testid=node-row][data-name='{name}']");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
