using System.Globalization;
using Microsoft.Playwright;
using Yunpan.Client;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Plans;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>P-1, P-4, P-5 for staff in the browser: activate a shop order and grant a plan for a member found by
/// e-mail, then issue the month's invoices and see them listed.</summary>
public sealed class StaffJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task An_admin_activates_a_shop_order_grants_a_plan_and_issues_the_months_invoices()
    {
        var (page, adminApi) = await browser.SignedInAsync(Password);
        await Expect(page.GetByTestId("nav-staff")).ToHaveCountAsync(0);
        await browser.Server.CreateAdministratorAsync((await adminApi.MeAsync()).Email!, Password);

        var email = $"customer{Guid.NewGuid():N}@example.com";
        var customer = new YunpanClient(new HttpClient { BaseAddress = browser.Server.Address });
        await customer.RegisterAsync(new RegisterRequest(email, null, Password));
        customer.UseToken((await customer.CreateTokenAsync(email, Password, "web-tests")).Token);

        await Task.Delay(TimeSpan.FromSeconds(3)); // the session's next check (Accounts:SessionRevalidation) brings the role
        await page.GotoAsync("/staff");
        await Expect(page.GetByTestId("nav-staff")).ToBeVisibleAsync();

        var shop = page.GetByTestId("shop-activation");
        await shop.GetByTestId("shop-login").FillAsync(email);
        await shop.GetByTestId("shop-plan").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "VIP98" }).ClickAsync();
        await shop.GetByTestId("shop-order").FillAsync("TB-" + Guid.NewGuid().ToString("N"));
        await shop.GetByTestId("shop-activate").ClickAsync();
        await Expect(shop.GetByTestId("shop-done")).ToContainTextAsync("VIP98");
        Assert.Equal("vip98", (await customer.MeAsync()).Plan);

        // A wrong login is answered in the card, and nothing is activated.
        await shop.GetByTestId("shop-login").FillAsync("nobody@example.com");
        await shop.GetByTestId("shop-order").FillAsync("TB-unknown");
        await shop.GetByTestId("shop-activate").ClickAsync();
        await Expect(shop.GetByTestId("form-error")).ToContainTextAsync("No member");

        var grant = page.GetByTestId("plan-grant");
        await grant.GetByTestId("grant-login").FillAsync(email);
        await grant.GetByTestId("grant-plan").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cooperative VIP" }).ClickAsync();
        await grant.GetByTestId("grant-submit").ClickAsync();
        await Expect(grant.GetByTestId("grant-done")).ToContainTextAsync("Cooperative VIP");
        Assert.Equal("vip98", (await customer.MeAsync()).Plan); // the higher plan counts; the grant waits behind it

        var order = Assert.Single((await customer.OrdersAsync()).Orders);
        await customer.RequestInvoiceAsync(order.Id, new InvoiceRequestDto("云盘测试有限公司", "深圳市南山区 1 号", "+86 755 1234 5678", "张三"));

        var batch = page.GetByTestId("invoice-batch");
        var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await batch.GetByTestId("batch-month").FillAsync(month);
        await batch.GetByTestId("batch-show").ClickAsync();
        await Expect(batch.GetByTestId("batch-summary")).ToContainTextAsync("1 request(s) waiting");
        await batch.GetByTestId("batch-issue").ClickAsync();
        await Expect(batch.GetByTestId("batch-row")).ToHaveCountAsync(1);
        await Expect(batch.GetByTestId("batch-row")).ToContainTextAsync("云盘测试有限公司");
        await Expect(batch.GetByTestId("batch-csv")).ToBeVisibleAsync();
        Assert.NotNull(Assert.Single((await customer.InvoicesAsync()).Items).Number);
        await Browser.ScreenshotAsync(page, "staff-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await Browser.ScreenshotAsync(page, "staff-phone");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
