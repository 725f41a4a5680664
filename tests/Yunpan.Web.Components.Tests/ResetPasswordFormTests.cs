using System.Net;
using Bunit;
using Yunpan.Contracts.Errors;

namespace Yunpan.Web.Components.Tests;

/// <summary>The forgotten-password form: a code first, then the new password with it.</summary>
public sealed class ResetPasswordFormTests : ComponentTest
{
    // The form waits for interactivity before its button works, as in the browser after the WebAssembly start.
    public ResetPasswordFormTests() => Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("WebAssembly", isInteractive: true));

    [Fact]
    public void The_code_is_asked_for_the_login_then_the_new_password_is_set_with_it()
    {
        Api.Answer("POST", "/api/v1/auth/password/code", new { }, HttpStatusCode.Accepted);
        Api.Answer("POST", "/api/v1/auth/password/reset", new { }, HttpStatusCode.NoContent);
        var form = Render<ResetPasswordForm>();

        form.Find("input[name=login]").Change(" me@example.com ");
        form.Find("form").Submit();
        form.WaitForElement("[data-testid=reset-sent]");
        Assert.Contains("me@example.com", form.Find("[data-testid=reset-sent]").TextContent, StringComparison.Ordinal);

        form.Find("input[name=code]").Change("123456");
        form.Find("input[name=new-password]").Change("new password 22");
        form.Find("input[name=repeat-password]").Change("new password 22");
        form.FindAll("form")[^1].Submit();

        form.WaitForElement("[data-testid=reset-done]");
        Assert.Equal(["POST /api/v1/auth/password/code", "POST /api/v1/auth/password/reset"], Api.Requests);
        Assert.Contains("\"login\":\"me@example.com\"", Api.Bodies[0], StringComparison.Ordinal);
        Assert.Contains("\"code\":\"123456\"", Api.Bodies[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_code_is_said_and_the_form_stays()
    {
        Api.Answer("POST", "/api/v1/auth/password/code", new { }, HttpStatusCode.Accepted);
        Api.Refuse("POST", "/api/v1/auth/password/reset", HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        var form = Render<ResetPasswordForm>();
        form.Find("input[name=login]").Change("me@example.com");
        form.Find("form").Submit();
        form.WaitForElement("[data-testid=reset-sent]");

        form.Find("input[name=code]").Change("000000");
        form.Find("input[name=new-password]").Change("new password 22");
        form.FindAll("form")[^1].Submit();

        form.WaitForAssertion(() => Assert.Equal("The code is wrong or has expired.", form.Find("[data-testid=form-error]").TextContent));
        Assert.Empty(form.FindAll("[data-testid=reset-done]"));
        Assert.Equal("000000", form.Find("input[name=code]").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_login_sends_nothing()
    {
        var form = Render<ResetPasswordForm>();

        form.Find("form").Submit();

        Assert.Empty(Api.Requests);
        Assert.Empty(form.FindAll("[data-testid=reset-sent]"));
    }
}
