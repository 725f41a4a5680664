using System.Net;
using Bunit;
using Yunpan.Contracts.Errors;

namespace Yunpan.Web.Components.Tests;

/// <summary>The account page's password form: the two new passwords must agree, and the server's answer is shown.</summary>
public sealed class PasswordCardTests : ComponentTest
{
    private const string Path = "/api/v1/me/password";

    [Fact]
    public void Two_different_new_passwords_are_pointed_out_and_cannot_be_sent()
    {
        var card = Render<PasswordCard>();

        Fill(card, "old password 1", "new password 22", "new password 23");

        Assert.Contains("differ", card.Markup, StringComparison.Ordinal);
        Assert.True(card.Find("[data-testid=password-submit]").HasAttribute("disabled"));
        Assert.Empty(Api.Requests);
    }

    [Fact]
    public void A_change_sends_both_passwords_confirms_and_clears_the_form()
    {
        Api.Answer("POST", Path, new { }, HttpStatusCode.NoContent);
        var card = Render<PasswordCard>();

        Fill(card, "old password 1", "new password 22", "new password 22");
        card.Find("[data-testid=password-form]").Submit();

        card.WaitForElement("[data-testid=password-changed]");
        Assert.Equal(["POST " + Path], Api.Requests);
        Assert.Contains("\"currentPassword\":\"old password 1\"", Api.Bodies[0], StringComparison.Ordinal);
        Assert.Contains("\"newPassword\":\"new password 22\"", Api.Bodies[0], StringComparison.Ordinal);
        Assert.All(card.FindAll("input[type=password]"), input => Assert.Equal("", input.GetAttribute("value") ?? ""));
    }

    [Fact]
    public void A_wrong_current_password_is_said_in_the_members_words()
    {
        Api.Refuse("POST", Path, HttpStatusCode.BadRequest, ErrorCodes.WrongPassword);
        var card = Render<PasswordCard>();

        Fill(card, "not it", "new password 22", "new password 22");
        card.Find("[data-testid=password-form]").Submit();

        card.WaitForAssertion(() => Assert.Contains("The current password is wrong.", card.Markup, StringComparison.Ordinal));
        Assert.Empty(card.FindAll("[data-testid=password-changed]"));
    }

    private static void Fill(IRenderedComponent<PasswordCard> card, string current, string replacement, string repeat)
    {
        card.Find("input[name=current-password]").Change(current);
        card.Find("input[name=new-password]").Change(replacement);
        card.Find("input[name=repeat-password]").Change(repeat);
    }
}
