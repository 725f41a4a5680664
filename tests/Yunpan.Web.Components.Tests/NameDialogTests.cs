using Bunit;
using MudBlazor;
using Yunpan.Web.Components.Dialogs;

namespace Yunpan.Web.Components.Tests;

/// <summary>The name box of new folder and rename: the drive's naming rules as the member types; elsewhere (a reason,
/// a link's code) any non-empty line.</summary>
public sealed class NameDialogTests : ComponentTest
{
    [Theory]
    [InlineData("a/b", "cannot contain “/” or “\\”")]
    [InlineData("a\\b", "cannot contain “/” or “\\”")]
    [InlineData("..", "cannot be names")]
    [InlineData("notes.", "cannot end with a dot")]
    [InlineData("tab\there", "control characters")]
    public void A_name_that_breaks_a_rule_is_explained_and_cannot_be_submitted(string name, string explanation)
    {
        var (provider, _) = Open("old.txt");

        Type(provider, name);

        Assert.Contains(explanation, provider.Find(".mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.True(provider.Find("[data-testid=name-ok]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_name_too_long_in_utf8_is_refused_though_it_has_few_characters()
    {
        var (provider, _) = Open("");

        Type(provider, new string('云', 86));

        Assert.Contains("too long", provider.Find(".mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.True(provider.Find("[data-testid=name-ok]").HasAttribute("disabled"));
    }

    [Fact]
    public void An_empty_name_disables_ok_without_scolding()
    {
        var (provider, _) = Open("old.txt");

        Type(provider, "   ");

        Assert.Empty(provider.FindAll(".mud-input-helper-text"));
        Assert.True(provider.Find("[data-testid=name-ok]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_good_name_is_returned_without_surrounding_spaces()
    {
        var (provider, dialog) = Open("old.txt");

        Type(provider, "  报告 2026.pdf ");
        Assert.False(provider.Find("[data-testid=name-ok]").HasAttribute("disabled"));
        provider.Find("[data-testid=name-ok]").Click();

        var result = await dialog.Result;
        Assert.Equal((false, "报告 2026.pdf"), (result!.Canceled, result.Data));
    }

    [Fact]
    public async Task A_reason_is_free_text_that_only_has_to_be_there()
    {
        var (provider, dialog) = Open("", driveName: false);

        Type(provider, "  ");
        Assert.True(provider.Find("[data-testid=name-ok]").HasAttribute("disabled"));
        Type(provider, "Customer wants a manager / now.");
        Assert.Empty(provider.FindAll(".mud-input-helper-text"));
        provider.Find("[data-testid=name-ok]").Click();

        var result = await dialog.Result;
        Assert.Equal("Customer wants a manager / now.", result!.Data);
    }

    private (IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog) Open(string name, bool driveName = true)
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<NameDialog> { { d => d.Name, name }, { d => d.Label, "New name" }, { d => d.DriveName, driveName } };
        var dialog = provider.InvokeAsync(() => Service<IDialogService>().ShowAsync<NameDialog>("Rename", parameters)).GetAwaiter().GetResult();
        provider.WaitForElement("[data-testid=name-input]");
        return (provider, dialog);
    }

    private static void Type(IRenderedComponent<MudDialogProvider> provider, string text) =>
        provider.Find("[data-testid=name-input]").Input(text);
}
