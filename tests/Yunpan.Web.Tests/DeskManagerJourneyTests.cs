using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// Issue 7's remaining desk screens in the browser (K-1, K-2, K-5): an agent logs a complaint a customer e-mailed,
/// found by the exact e-mail address, with the complaint form; takes it and escalates it. Unresolved when the
/// escalation clock runs out (1 minute on this server), it becomes an incident report, which the manager opens from
/// the list with its 2-hour reply deadline and answers.
/// </summary>
public sealed class DeskManagerJourneyTests(FastDeskClockBrowser browser) : IClassFixture<FastDeskClockBrowser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task An_agent_logs_an_emailed_complaint_and_the_manager_answers_its_incident_report()
    {
        var (agentEmail, _) = await browser.StaffAsync(Password, "agent");
        var (managerEmail, managerApi) = await browser.StaffAsync(Password, "manager");
        var (customerEmail, customerApi) = await browser.RegisteredAsync(Password);

        // The agent logs the e-mail: the customer by the exact address, the source, the complaint form.
        var agent = await browser.SignInAsync(agentEmail, Password, "/desk");
        await agent.GetByTestId("desk-nav-log").ClickAsync();
        await agent.GetByTestId("log-login").FillAsync(customerEmail[..10]);
        await agent.GetByTestId("log-find").ClickAsync();
        await Expect(agent.GetByTestId("form-error")).Not.ToBeEmptyAsync();
        await Expect(agent.GetByTestId("log-customer")).ToHaveCountAsync(0);
        await agent.GetByTestId("log-login").FillAsync(customerEmail.ToUpperInvariant());
        await agent.GetByTestId("log-find").ClickAsync();
        await Expect(agent.GetByTestId("log-customer")).ToContainTextAsync(customerEmail, new() { IgnoreCase = true });
        await Browser.ChooseAsync(agent, "log-source", "e-mail");
        await Browser.ChooseAsync(agent, "log-type", "Complaint");
        await agent.Locator("input[name=log-subject]").FillAsync("Shared link deleted by mistake");
        await agent.Locator("textarea[name=log-body]").FillAsync("The customer writes that a link of theirs vanished overnight.");
        await Expect(agent.GetByTestId("complaint-form")).ToBeVisibleAsync();
        await agent.Locator("textarea[name=complaint-what]").FillAsync("A public link to the team folder answers 410.");
        await agent.Locator("input[name=complaint-when]").FillAsync("This morning");
        await agent.Locator("input[name=contact-email]").FillAsync(customerEmail);
        await Browser.ScreenshotAsync(agent, "desk-log-case");
        await agent.GetByTestId("log-submit").ClickAsync();
        await agent.WaitForURLAsync(new Regex("/desk/cases/[0-9a-f-]+$"));
        await Expect(agent.GetByTestId("complaint-summary")).ToBeVisibleAsync();
        await Expect(agent.GetByText("e-mail", new() { Exact = false }).First).ToBeVisibleAsync();
        var number = (await customerApi.MyCasesAsync()).Items.Single().Number;

        // Taken and escalated: the complaint stays unresolved past its escalation clock.
        await agent.GetByTestId("case-take").ClickAsync();
        await agent.GetByTestId("case-escalate").ClickAsync();
        await agent.GetByTestId("name-input").FillAsync("Customer insists on talking to a manager.");
        await agent.GetByTestId("name-ok").ClickAsync();
        await Expect(agent.Locator("[data-testid=deadline]", new() { HasText = "Escalation" })).ToBeVisibleAsync();

        var watch = Stopwatch.StartNew();
        while ((await managerApi.IncidentReportsAsync(open: true)).Items.Count == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), "No incident report was filed within 3 minutes.");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        // The manager: the open report with its reply deadline, opened, answered.
        var manager = await browser.SignInAsync(managerEmail, Password, "/desk");
        await manager.GetByTestId("desk-nav-incidents").ClickAsync();
        var row = manager.Locator($"[data-testid=incident][data-number='{number}']");
        await Expect(row.GetByTestId("deadline")).ToContainTextAsync("Manager reply");
        await Browser.ScreenshotAsync(manager, "desk-incidents");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(manager.GetByTestId("incident-body")).ToContainTextAsync("Customer insists on talking to a manager.");
        await manager.Locator("textarea[name=incident-answer]").FillAsync("Restore the link from the trash today and call the customer back.");
        await Browser.ScreenshotAsync(manager, "desk-incident-report");
        await manager.GetByTestId("incident-send").ClickAsync();
        await Expect(manager.GetByTestId("incident-answer")).ToContainTextAsync("Restore the link");
        await Expect(manager.GetByTestId("incident-answered")).ToBeVisibleAsync();

        // Answered reports leave the open list; the agent sees the answer on the case's internal timeline.
        await manager.GetByTestId("desk-nav-incidents").ClickAsync();
        await Expect(manager.GetByTestId("incidents-empty")).ToBeVisibleAsync();
        await manager.GetByTestId("incidents-all").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-answered", "true");
        await agent.ReloadAsync();
        await Expect(agent.Locator("[data-testid=timeline-event][data-kind=incident-answered]")).ToHaveCountAsync(1);

        // The same in Chinese.
        await manager.GetByTestId("lang-zh").ClickAsync();
        await Expect(manager.GetByTestId("desk-nav-incidents")).ToHaveTextAsync("事件报告");
        await Browser.ScreenshotAsync(manager, "desk-incidents-zh");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
