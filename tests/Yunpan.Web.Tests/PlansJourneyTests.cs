using Microsoft.Playwright;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>P-2…P-5 and in the browser: compare plans, buy one in the sandbox, see the new quota, ask for an
/// invoice; check in and see the task list on the rewards page; the same pages at phone width.</summary>
public sealed class PlansJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_member_buys_a_plan_in_the_sandbox_sees_the_new_quota_and_checks_in()
    {
        var (page, _) = await browser.SignedInAsync(Password);
        await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("Standard");
        await Expect(page.GetByTestId("quota")).ToContainTextAsync("5 GB");

        await page.GetByTestId("nav-plans").ClickAsync();
        await Expect(page.GetByTestId("plan-row")).ToHaveCountAsync(6);
        var vip98 = page.Locator("[data-testid=plan-row][data-id=vip98]");
        await Expect(vip98).ToContainTextAsync("200 GB");
        await vip98.GetByTestId("plan-buy").ClickAsync();
        await Expect(page.GetByTestId("purchase-quote")).ToContainTextAsync("¥98");
        await Browser.ScreenshotAsync(page, "plans-desktop");
        await page.GetByTestId("purchase-order").ClickAsync();

        var order = page.GetByTestId("order-row").First;
        await Expect(order).ToHaveAttributeAsync("data-status", "pending");
        await order.GetByTestId("order-pay-sandbox").ClickAsync();
        await Expect(order).ToHaveAttributeAsync("data-status", "paid");
        await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("VIP98");
        await Expect(page.GetByTestId("quota")).ToContainTextAsync("200 GB");

        // A higher plan converts what is left of VIP98 into extra days, shown before paying.
        await page.Locator("[data-testid=plan-row][data-id=gold]").GetByTestId("plan-buy").ClickAsync();
        await Expect(page.GetByTestId("purchase-conversion")).ToBeVisibleAsync();

        // An invoice for the paid order.
        await order.GetByTestId("order-invoice").ClickAsync();
        var form = page.GetByTestId("invoice-form");
        var inputs = form.Locator("input");
        await inputs.Nth(0).FillAsync("云盘测试有限公司");
        await inputs.Nth(1).FillAsync("深圳市南山区 1 号");
        await inputs.Nth(2).FillAsync("+86 755 1234 5678");
        await inputs.Nth(3).FillAsync("张三");
        await form.GetByTestId("invoice-submit").ClickAsync();
        await Expect(order).ToContainTextAsync("Invoice requested");

        // Rewards: a check-in once a day, tasks listed with what they give.
        await page.GetByTestId("nav-rewards").ClickAsync();
        await Expect(page.GetByTestId("task")).ToHaveCountAsync(7);
        await page.GetByTestId("checkin-button").ClickAsync();
        await Expect(page.GetByTestId("checkin-button")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("checkin-total")).ToContainTextAsync("1 check-ins");
        await Browser.ScreenshotAsync(page, "rewards-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/plans");
        await Expect(page.GetByTestId("plans-table")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "plans-phone");
        await page.GotoAsync("/rewards");
        await Expect(page.GetByTestId("rewards-tasks")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "rewards-phone");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
