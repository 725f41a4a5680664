using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yunpan.Contracts.Desk;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// Issue 7's list editors in the browser (K-7, K-8, K-11): a supervisor adds a banned phrase, sees the test box catch
/// it and an agent's reply with it stopped; changes a standard phrase, which the agent then finds in the reply box's
/// "/" picker; writes a help article with the server's preview, which then is on its public page.
/// </summary>
public sealed class DeskListEditorsJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_supervisor_keeps_the_banned_phrases_the_standard_phrases_and_the_help_articles()
    {
        var (supervisorEmail, _) = await browser.StaffAsync(Password, "supervisor");
        var (agentEmail, agentApi) = await browser.StaffAsync(Password, "agent");
        var (_, customerApi) = await browser.RegisteredAsync(Password);
        var opened = await customerApi.OpenCaseAsync(new OpenCaseRequest("consultation", "How do I share a folder?", "I cannot find the share button."));
        await agentApi.TakeCaseAsync(opened.Id);
        var marker = Guid.NewGuid().ToString("N")[..6];

        var supervisor = await browser.SignInAsync(supervisorEmail, Password, "/desk");
        await FailureEvidence.RunAsync(supervisor, "desk-list-editors", async () =>
        {
            // K-8: a banned phrase added, and the test box shows what the stop will catch (disguised with spaces).
            await supervisor.GetByTestId("desk-nav-banned-phrases").ClickAsync();
            await Expect(supervisor.GetByTestId("banned-category").First).ToBeVisibleAsync();
            await supervisor.GetByTestId("banned-add-phrase").FillAsync("自己去看说明书");
            await Browser.ChooseAsync(supervisor, "banned-add-category", "impatient");
            await supervisor.GetByTestId("banned-add-suggestion").FillAsync("我来一步一步为您说明。");
            await supervisor.GetByTestId("banned-add-save").ClickAsync();
            await Expect(supervisor.Locator("[data-testid=banned-category][data-category=impatient] [data-testid=banned-entry][data-phrase=自己去看说明书]"))
                .ToBeVisibleAsync();
            await supervisor.GetByTestId("banned-test-text").FillAsync("这个您自己 去看 说明书吧。");
            await supervisor.GetByTestId("banned-test-run").ClickAsync();
            await Expect(supervisor.GetByTestId("banned-test-marked").GetByTestId("banned-phrase-mark")).ToHaveTextAsync("自己 去看 说明书");
            await Expect(supervisor.GetByTestId("banned-test-hit")).ToContainTextAsync("我来一步一步为您说明。");
            await Browser.ScreenshotAsync(supervisor, "desk-editor-banned-phrases");

            // K-7: a standard phrase changed, with a variable inserted from the list of variables.
            await supervisor.GetByTestId("desk-nav-phrases").ClickAsync();
            await Browser.ChooseAsync(supervisor, "phrases-situation", "Asking to wait");
            var entry = supervisor.GetByTestId("phrase-entry").First;
            await entry.GetByTestId("phrase-edit").ClickAsync();
            var form = supervisor.GetByTestId("phrase-form");
            await form.GetByTestId("phrase-form-title").FillAsync($"请稍等 {marker}");
            await form.GetByTestId("phrase-form-text").FillAsync($"请稍等，我马上为您查询 {marker}。");
            await form.Locator("[data-testid=phrase-variable][data-variable=customerName]").ClickAsync();
            await Expect(form.GetByTestId("phrase-form-text")).ToHaveValueAsync($"请稍等，我马上为您查询 {marker}。{{customerName}}");
            await Browser.ScreenshotAsync(supervisor, "desk-editor-phrase-form");
            await form.GetByTestId("phrase-form-save").ClickAsync();
            await Expect(supervisor.Locator($"[data-testid=phrase-entry][data-title='请稍等 {marker}'] [data-testid=phrase-template]"))
                .ToHaveTextAsync($"请稍等，我马上为您查询 {marker}。{{customerName}}");
            await Browser.ScreenshotAsync(supervisor, "desk-editor-phrases");

            // K-11: an article written with the server's preview (its script never shown), then on its public page.
            await supervisor.GetByTestId("desk-nav-help").ClickAsync();
            await Expect(supervisor.GetByTestId("help-article-entry").First).ToBeVisibleAsync();
            await supervisor.GetByTestId("help-article-new").ClickAsync();
            await supervisor.GetByTestId("help-article-slug").FillAsync($"share-a-folder-{marker}");
            await supervisor.GetByTestId("help-article-title").FillAsync($"Sharing a folder {marker}");
            await supervisor.GetByTestId("help-article-summary").FillAsync("Where the share button is.");
            await supervisor.GetByTestId("help-article-body").FillAsync("Select the folder and press **Share**.<script>alert(1)</script>");
            await Expect(supervisor.GetByTestId("help-article-preview-html").Locator("strong")).ToHaveTextAsync("Share");
            await Expect(supervisor.GetByTestId("help-article-preview-html").Locator("script")).ToHaveCountAsync(0);
            await Browser.ScreenshotAsync(supervisor, "desk-editor-help-article");
            await supervisor.GetByTestId("help-article-save").ClickAsync();
            await Expect(supervisor.GetByTestId("help-article-public")).ToBeVisibleAsync();
            await Assertions.Expect(supervisor).ToHaveURLAsync(new Regex($"/desk/help/en/share-a-folder-{marker}$"));
            await supervisor.GetByTestId("desk-nav-help").ClickAsync();
            await Browser.ScreenshotAsync(supervisor, "desk-editor-help-articles");
            await supervisor.GotoAsync($"/help/share-a-folder-{marker}");
            await Expect(supervisor.GetByTestId("help-article-view")).ToContainTextAsync($"Sharing a folder {marker}");
            await Expect(supervisor.GetByTestId("help-article-view").Locator("strong")).ToHaveTextAsync("Share");
        });

        var agent = await browser.SignInAsync(agentEmail, Password, $"/desk/cases/{opened.Id}");
        await FailureEvidence.RunAsync(agent, "desk-list-editors-agent", async () =>
        {
            // The agent's reply with the new banned phrase is stopped; the changed phrase is in the "/" picker, filled in.
            var reply = agent.Locator("[data-testid=reply-box] textarea");
            await reply.FillAsync("您好，这个请您自己去看说明书。");
            await agent.GetByTestId("reply-send").ClickAsync();
            await Expect(agent.GetByTestId("banned-phrase-mark")).ToHaveTextAsync("自己去看说明书");
            await Expect(agent.Locator("[data-testid=timeline-event][data-kind=reply]")).ToHaveCountAsync(0);

            await reply.FillAsync("");
            await reply.PressSequentiallyAsync("/");
            await agent.GetByTestId("phrase-filter").FillAsync(marker);
            await Expect(agent.GetByTestId("phrase")).ToHaveCountAsync(1);
            await Expect(agent.GetByTestId("phrase")).ToContainTextAsync($"请稍等，我马上为您查询 {marker}。");
            await Browser.ScreenshotAsync(agent, "desk-editor-phrase-in-picker");
        });

        await FailureEvidence.RunAsync(supervisor, "desk-list-editors-phone", async () =>
        {
            // At phone width, in Chinese.
            await supervisor.SetViewportSizeAsync(390, 844);
            await supervisor.GotoAsync("/desk/banned-phrases");
            await supervisor.GetByTestId("lang-zh").ClickAsync();
            await Expect(supervisor.GetByTestId("banned-test")).ToContainTextAsync("测试一段文字");
            await Browser.ScreenshotAsync(supervisor, "desk-editor-banned-phrases-zh-phone");
            await supervisor.GotoAsync("/desk/phrases");
            await Expect(supervisor.GetByTestId("phrase-entry").First).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(supervisor, "desk-editor-phrases-zh-phone");
        });
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
