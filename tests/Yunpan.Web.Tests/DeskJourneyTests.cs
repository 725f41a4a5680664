using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// Issue 7 in the browser (K-2…K-8, K-12, K-6): a member opens a complaint; an agent takes it, is stopped sending a
/// banned phrase, inserts a standard phrase and sends, hands it to a technical contact, who marks it fixed; the agent
/// resolves it; the member rates "dissatisfied" and the case reopens. Each role in its own browser profile.
/// </summary>
public sealed class DeskJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_complaint_goes_from_member_to_agent_to_technical_contact_and_reopens_when_the_member_is_dissatisfied()
    {
        var (agentEmail, _) = await browser.StaffAsync(Password, "agent");
        var (technicianEmail, _) = await browser.StaffAsync(Password, "technical-contact");

        // The member: a complaint with the complaint form.
        var (member, _) = await browser.SignedInAsync(Password);
        await member.GetByTestId("nav-support").ClickAsync();
        await Expect(member.GetByTestId("cases-empty")).ToBeVisibleAsync();

        // The help centre first (K-11): the public, server-rendered pages (no WebAssembly), searched with the GET form,
        // one article read, then on into the app's ticket form from there.
        await member.GetByTestId("help-link").ClickAsync();
        await Expect(member.GetByTestId("help-article").First).ToBeVisibleAsync();
        await Assertions.Expect(member).ToHaveURLAsync(new Regex("/help$"));
        await Expect(member.Locator("script")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(member, "desk-help-centre");
        await member.GetByTestId("help-query").FillAsync("99%");
        await member.GetByTestId("help-search").ClickAsync();
        await Expect(member.GetByTestId("help-results")).ToBeVisibleAsync();
        await Assertions.Expect(member).ToHaveURLAsync(new Regex(@"/help\?q=99%25$"));
        await member.GetByTestId("help-results").GetByTestId("help-article").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(member.GetByTestId("help-article-view")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(member, "desk-help-article");
        await member.GetByTestId("article-new-case").ClickAsync();
        await Browser.ChooseAsync(member, "case-type", "Complaint");
        await member.Locator("input[name=subject]").FillAsync("Upload stops at 99 %");
        await member.Locator("textarea[name=body]").FillAsync("Every large upload stops at 99 % since yesterday.");
        await Expect(member.GetByTestId("suggested-article").First).ToBeVisibleAsync();
        await Expect(member.GetByTestId("complaint-form")).ToBeVisibleAsync();
        await member.Locator("textarea[name=complaint-what]").FillAsync("A 2 GB upload stops at 99 % and never finishes.");
        await member.Locator("input[name=complaint-when]").FillAsync("Yesterday evening");
        await member.Locator("input[name=contact-phone]").FillAsync("13800130199");
        await Browser.ScreenshotAsync(member, "desk-member-new-complaint");
        await member.GetByTestId("case-submit").ClickAsync();
        await Expect(member.GetByTestId("case-title")).ToContainTextAsync("Upload stops at 99 %");
        var number = (await member.GetByTestId("case-title").InnerTextAsync()).Split(' ')[0];

        // The agent: the queue with the case and its clock, then the case.
        var agent = await browser.SignInAsync(agentEmail, Password, "/desk");
        var row = agent.Locator($"[data-testid=queue-case][data-number='{number}']");
        await Expect(row.GetByTestId("deadline").First).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(agent, "desk-queue");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(agent.GetByTestId("complaint-summary")).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("reply-box")).ToHaveCountAsync(0);
        await Expect(agent.GetByTestId("customer-complaint-contact")).ToContainTextAsync("138****0199");
        await agent.GetByTestId("case-take").ClickAsync();
        await Expect(agent.GetByTestId("reply-box")).ToBeVisibleAsync();

        // A banned phrase, disguised with spaces: stopped, marked, nothing sent.
        var reply = agent.Locator("[data-testid=reply-box] textarea");
        await reply.FillAsync("您好，这 是 规定，请您理解。");
        await agent.GetByTestId("reply-send").ClickAsync();
        await Expect(agent.GetByTestId("banned-phrase-mark")).ToHaveTextAsync("这 是 规定");
        await Expect(agent.GetByTestId("banned-phrase-suggestion")).ToContainTextAsync("很抱歉");
        await Expect(agent.Locator("[data-testid=timeline-event][data-kind=reply]")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(agent, "desk-banned-phrase");

        // A standard phrase instead: "/" opens the picker on an empty line.
        await reply.FillAsync("");
        await reply.PressSequentiallyAsync("/");
        await Expect(agent.GetByTestId("phrase-picker")).ToBeVisibleAsync();
        await Expect(agent.GetByTestId("phrase").First).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(agent, "desk-phrase-picker");
        await agent.GetByTestId("phrase").First.ClickAsync();
        await Expect(reply).Not.ToHaveValueAsync(new Regex("^(/.*)?$"));
        await agent.GetByTestId("reply-send").ClickAsync();
        await Expect(agent.Locator("[data-testid=timeline-event][data-kind=reply]")).ToHaveCountAsync(1);

        // The technical details to a technical contact.
        await agent.GetByTestId("case-technical").ClickAsync();
        await Browser.ChooseAsync(agent, "colleague-select", technicianEmail);
        await agent.Locator("textarea[name=colleague-text]").FillAsync("2 GB upload stops at 99 %; browser upload, since yesterday.");
        await agent.GetByTestId("colleague-ok").ClickAsync();
        await Expect(agent.Locator("[data-testid=timeline-event][data-kind=technical-hand-off]")).ToHaveCountAsync(1);

        // The technical contact sees only the task and marks it fixed.
        var technician = await browser.SignInAsync(technicianEmail, Password, "/desk/tasks");
        var task = technician.Locator($"[data-testid=task-card][data-case='{number}']");
        await Expect(task).ToContainTextAsync("stops at 99 %");
        await Expect(technician.GetByTestId("desk-nav-queue")).ToHaveCountAsync(0);
        await task.Locator("textarea[name=task-fix]").FillAsync("Fixed the stuck final chunk on the upload server.");
        await Browser.ScreenshotAsync(technician, "desk-technical-task");
        await task.GetByTestId("task-fix-send").ClickAsync();
        await Expect(task).ToHaveAttributeAsync("data-fixed", "true");

        // The agent is told to inform the customer at once, does, and resolves the complaint.
        await agent.ReloadAsync();
        await Expect(agent.GetByTestId("tell-customer")).ToBeVisibleAsync();
        await agent.Locator("[data-testid=reply-box] textarea").FillAsync("The upload problem is fixed; please try again.");
        await agent.GetByTestId("reply-send").ClickAsync();
        await Expect(agent.Locator("[data-testid=timeline-event][data-kind=reply]")).ToHaveCountAsync(2);
        await agent.GetByTestId("case-resolve").ClickAsync();
        await agent.Locator("textarea[name=resolve-outcome]").FillAsync("The upload server no longer drops the final chunk.");
        await agent.Locator("textarea[name=resolve-summary]").FillAsync("Large uploads stopped at 99 %.");
        await agent.Locator("textarea[name=resolve-lessons]").FillAsync("Watch the final-chunk error rate.");
        await agent.GetByTestId("resolve-ok").ClickAsync();
        await Expect(agent.GetByTestId("case-status").First).ToHaveAttributeAsync("data-status", "resolved");

        // The member is dissatisfied: the case opens again.
        await member.ReloadAsync();
        await Expect(member.GetByTestId("case-outcome")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(member, "desk-member-rating");
        await member.Locator("[data-testid=rate][data-rating=dissatisfied]").ClickAsync();
        await Expect(member.GetByTestId("case-status")).ToHaveAttributeAsync("data-status", "open");
        await Expect(member.GetByTestId("case-satisfaction")).ToHaveTextAsync("Dissatisfied");
        await Expect(member.GetByTestId("rating")).ToHaveCountAsync(0);

        await agent.ReloadAsync();
        await Expect(agent.GetByTestId("case-reopened")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(agent, "desk-case-reopened");

        // The same screens in Chinese, and at phone width.
        await agent.GetByTestId("lang-zh").ClickAsync();
        await Expect(agent.GetByTestId("case-reopened")).ToContainTextAsync("不满意");
        await Browser.ScreenshotAsync(agent, "desk-case-zh");
        await member.GetByTestId("lang-zh").ClickAsync();
        await Expect(member.GetByTestId("case-satisfaction")).ToHaveTextAsync("不满意");
        await member.SetViewportSizeAsync(390, 844);
        await Browser.ScreenshotAsync(member, "desk-member-case-zh-phone");
        await agent.SetViewportSizeAsync(390, 844);
        await agent.GotoAsync("/desk");
        await Expect(agent.GetByTestId("queue")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(agent, "desk-queue-zh-phone");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
