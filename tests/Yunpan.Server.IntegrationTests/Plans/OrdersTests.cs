using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Plans;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>P-2…P-4, P-6 through the front door: quotes, sandbox purchases, shop activation, expiry.</summary>
public sealed class OrdersTests(SandboxFactory factory) : IClassFixture<SandboxFactory>
{
    private static async Task<OrderDto> OrderAsync(Member member, string plan, string unit = "year", int quantity = 1)
    {
        var response = await member.Http.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest(plan, unit, quantity));
        var order = await ReadAsync<OrderDto>(response, HttpStatusCode.Created);
        Assert.Equal("pending", order.Status);
        Assert.Equal($"/api/v1/payments/sandbox/{order.Id}", order.PaymentUrl);
        return order;
    }

    /// <summary>The member "pays" on the sandbox page, and the gateway's notification is delivered.</summary>
    private async Task<PaymentNoticeResult> PayAsync(Member member, OrderDto order)
    {
        var notice = await ReadAsync<SandboxPaymentNotice>(await member.Http.GetAsync(order.PaymentUrl), HttpStatusCode.OK);
        return await DeliverAsync(notice);
    }

    private async Task<PaymentNoticeResult> DeliverAsync(SandboxPaymentNotice notice)
    {
        using var gateway = factory.NewHttpClient(); // server to server: no member credentials
        return await ReadAsync<PaymentNoticeResult>(await gateway.PostAsJsonAsync("/api/v1/payments/sandbox/callback", notice), HttpStatusCode.OK);
    }

    private static string Sign(Guid order, long amount, string transaction) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SandboxFactory.Secret),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{order:N}|{amount}|{transaction}"))));

    private static async Task<JsonElement> MeAsync(Member member) => await ReadJsonAsync(await member.Http.GetAsync("/api/v1/me"), HttpStatusCode.OK);

    private static async Task<OrderDto> GetOrderAsync(Member member, Guid id) =>
        await ReadAsync<OrderDto>(await member.Http.GetAsync($"/api/v1/orders/{id}"), HttpStatusCode.OK);

    [Fact]
    public async Task A_sandbox_purchase_activates_the_plan_once_however_often_the_gateway_calls_back()
    {
        var member = await Members.NewAsync(factory);
        var quote = await ReadAsync<PurchaseQuoteDto>(await member.Http.GetAsync("/api/v1/plans/quote?plan=vip98&unit=year&quantity=1"), HttpStatusCode.OK);
        Assert.Equal((98m, "CNY", "new", 0), (quote.Amount, quote.Currency, quote.Kind, quote.ConvertedDays));

        var order = await OrderAsync(member, "vip98");
        Assert.Equal(98m, order.Amount);
        Assert.Equal("standard", (await MeAsync(member)).GetProperty("plan").GetString());

        var notice = await ReadAsync<SandboxPaymentNotice>(await member.Http.GetAsync(order.PaymentUrl), HttpStatusCode.OK);
        Assert.Equal("paid", (await DeliverAsync(notice)).Status);
        Assert.Equal("already-paid", (await DeliverAsync(notice)).Status);

        // Repeated concurrently, as gateways do: still one activation.
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => DeliverAsync(notice)));
        Assert.All(again, r => Assert.Equal("already-paid", r.Status));

        var me = await MeAsync(member);
        Assert.Equal("vip98", me.GetProperty("plan").GetString());
        Assert.Equal(200L * 1024 * 1024 * 1024, me.GetProperty("quota").GetProperty("total").GetInt64());
        Assert.Equal(factory.Clock.GetUtcNow().AddYears(1), me.GetProperty("planExpiresAt").GetDateTimeOffset());

        var paid = await GetOrderAsync(member, order.Id);
        Assert.Equal(("paid", "new", null), (paid.Status, paid.Kind, paid.PaymentUrl));
        Assert.Equal(factory.Clock.GetUtcNow().AddYears(1), paid.PeriodEnd);
    }

    [Fact]
    public async Task A_forged_or_altered_notification_is_refused_and_changes_nothing()
    {
        var member = await Members.NewAsync(factory);
        var order = await OrderAsync(member, "vip198", "month", 2);
        var amount = (long)(order.Amount * 100);
        using var gateway = factory.NewHttpClient();

        var forged = new SandboxPaymentNotice(order.Id, amount, "sbx_forged", new string('0', 64));
        await AssertProblemAsync(await gateway.PostAsJsonAsync("/api/v1/payments/sandbox/callback", forged), HttpStatusCode.BadRequest, ErrorCodes.PaymentRejected);

        var cheaper = new SandboxPaymentNotice(order.Id, 1, "sbx_cheap", Sign(order.Id, 1, "sbx_cheap"));
        await AssertProblemAsync(await gateway.PostAsJsonAsync("/api/v1/payments/sandbox/callback", cheaper), HttpStatusCode.BadRequest, ErrorCodes.PaymentRejected);

        var unknown = Guid.NewGuid();
        var stranger = new SandboxPaymentNotice(unknown, amount, "sbx_x", Sign(unknown, amount, "sbx_x"));
        await AssertProblemAsync(await gateway.PostAsJsonAsync("/api/v1/payments/sandbox/callback", stranger), HttpStatusCode.BadRequest, ErrorCodes.PaymentRejected);

        await AssertProblemAsync(await gateway.PostAsync("/api/v1/payments/sandbox/callback", new StringContent("{not json", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);

        Assert.Equal("pending", (await GetOrderAsync(member, order.Id)).Status);
        Assert.Equal("standard", (await MeAsync(member)).GetProperty("plan").GetString());

        // The genuine one, signed with the gateway's secret, still works.
        var genuine = new SandboxPaymentNotice(order.Id, amount, "sbx_real", Sign(order.Id, amount, "sbx_real"));
        Assert.Equal("paid", (await DeliverAsync(genuine)).Status);
    }

    [Fact]
    public async Task Upgrading_converts_the_remaining_value_and_downgrading_is_refused()
    {
        var member = await Members.NewAsync(factory);
        await PayAsync(member, await OrderAsync(member, "vip98"));

        var renewal = await ReadAsync<PurchaseQuoteDto>(await member.Http.GetAsync("/api/v1/plans/quote?plan=vip98&unit=month&quantity=1"), HttpStatusCode.OK);
        Assert.Equal(("renewal", factory.Clock.GetUtcNow().AddYears(1)), (renewal.Kind, renewal.StartsAt));

        // 100 days later, VIP198 for a year: 265 days left × 98 ÷ 198 = 131.2 → 131 extra days.
        factory.Clock.Advance(TimeSpan.FromDays(100));
        var quote = await ReadAsync<PurchaseQuoteDto>(await member.Http.GetAsync("/api/v1/plans/quote?plan=vip198&unit=year&quantity=1"), HttpStatusCode.OK);
        var left = (factory.Clock.GetUtcNow().AddDays(-100).AddYears(1) - factory.Clock.GetUtcNow()).TotalDays;
        var expected = (int)Math.Round(left * 98 / 198, MidpointRounding.AwayFromZero);
        Assert.Equal(("upgrade", "vip98", expected), (quote.Kind, quote.ConvertedFrom, quote.ConvertedDays));
        Assert.Equal(factory.Clock.GetUtcNow().AddYears(1).AddDays(expected), quote.EndsAt);

        var upgrade = await OrderAsync(member, "vip198");
        await PayAsync(member, upgrade);
        var paid = await GetOrderAsync(member, upgrade.Id);
        Assert.Equal((expected, "vip98"), (paid.ConvertedDays, paid.ConvertedFrom));
        Assert.Equal("vip198", (await MeAsync(member)).GetProperty("plan").GetString());

        var refused = await AssertProblemAsync(await member.Http.GetAsync("/api/v1/plans/quote?plan=vip98&unit=year&quantity=1"), HttpStatusCode.Conflict, ErrorCodes.PlanDowngrade);
        Assert.Equal("vip198", refused.GetProperty("currentPlan").GetString());
        await AssertProblemAsync(await member.Http.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest("vip98", "year", 1)), HttpStatusCode.Conflict, ErrorCodes.PlanDowngrade);
    }

    [Fact]
    public async Task A_lower_plan_paid_after_a_higher_one_became_active_extends_the_higher_one()
    {
        // Both ordered while on Standard; the higher one is paid first. The money for the lower one is in, so it is
        // not refused: a year of VIP98 (98 yuan) becomes 98/198 of a year of VIP198 after the running term.
        var member = await Members.NewAsync(factory);
        var lower = await OrderAsync(member, "vip98");
        var higher = await OrderAsync(member, "vip198");
        await PayAsync(member, higher);
        var higherEnds = (await GetOrderAsync(member, higher.Id)).PeriodEnd!.Value;

        await PayAsync(member, lower);
        var credited = await GetOrderAsync(member, lower.Id);
        var days = (int)Math.Round((factory.Clock.GetUtcNow().AddYears(1) - factory.Clock.GetUtcNow()).TotalDays * 98 / 198, MidpointRounding.AwayFromZero);
        Assert.Equal(("paid", "credit", days), (credited.Status, credited.Kind, credited.ConvertedDays));
        Assert.Equal(higherEnds.AddDays(days), credited.PeriodEnd);
        var me = await MeAsync(member);
        Assert.Equal("vip198", me.GetProperty("plan").GetString());
        Assert.Equal(higherEnds.AddDays(days), me.GetProperty("planExpiresAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("nope", "year", 1, HttpStatusCode.NotFound, ErrorCodes.PlanUnknown)]
    [InlineData("standard", "year", 1, HttpStatusCode.Conflict, ErrorCodes.PlanNotForSale)]
    [InlineData("cooperative", "month", 1, HttpStatusCode.Conflict, ErrorCodes.PlanNotForSale)]
    [InlineData("vip98", "week", 1, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)]
    [InlineData("vip98", "year", 0, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)]
    [InlineData("vip98", "month", 37, HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed)]
    public async Task Orders_that_cannot_be_bought_are_refused_before_they_exist(string plan, string unit, int quantity, HttpStatusCode status, string code)
    {
        var member = await Members.NewAsync(factory);
        await AssertProblemAsync(await member.Http.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest(plan, unit, quantity)), status, code);
        var orders = await ReadAsync<OrderList>(await member.Http.GetAsync("/api/v1/orders"), HttpStatusCode.OK);
        Assert.Empty(orders.Orders);
    }

    [Fact]
    public async Task Orders_are_private_and_need_a_member()
    {
        var owner = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        var order = await OrderAsync(owner, "vip98");
        await AssertProblemAsync(await other.Http.GetAsync($"/api/v1/orders/{order.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await other.Http.GetAsync(order.PaymentUrl), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        using var anonymous = factory.NewHttpClient();
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest("vip98", "year", 1)), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await AssertProblemAsync(await anonymous.GetAsync("/api/v1/plans/quote?plan=vip98&unit=year&quantity=1"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Staff_activate_shop_orders_once_per_shop_order_number_and_members_cannot()
    {
        var member = await Members.NewAsync(factory);
        var staff = await Members.NewAdminAsync(factory);

        var request = new ShopActivationRequest(member.Id, "supreme", "month", 3, "TB-2026-000123");
        await AssertProblemAsync(await member.Http.PostAsJsonAsync("/api/v1/admin/orders/shop", request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var order = await ReadAsync<OrderDto>(await staff.Http.PostAsJsonAsync("/api/v1/admin/orders/shop", request), HttpStatusCode.Created);
        Assert.Equal(("shop", "paid", 120m), (order.Channel, order.Status, order.Amount));
        Assert.Equal("supreme", (await MeAsync(member)).GetProperty("plan").GetString());
        Assert.Equal(order.Id, Assert.Single((await ReadAsync<OrderList>(await member.Http.GetAsync("/api/v1/orders"), HttpStatusCode.OK)).Orders).Id);

        await AssertProblemAsync(await staff.Http.PostAsJsonAsync("/api/v1/admin/orders/shop", request), HttpStatusCode.Conflict, ErrorCodes.ShopOrderUsed);
        await AssertProblemAsync(await staff.Http.PostAsJsonAsync("/api/v1/admin/orders/shop", request with { MemberId = Guid.NewGuid(), ShopOrderNumber = "TB-2" }),
            HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await staff.Http.PostAsJsonAsync("/api/v1/admin/orders/shop", request with { ShopOrderNumber = " " }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task An_expired_plan_falls_back_to_standard_refuses_uploads_over_quota_and_keeps_every_file()
    {
        var member = await Members.NewAsync(factory);
        await PayAsync(member, await OrderAsync(member, "vip98", "month", 1));

        // Standard holds 100 KB in this installation (SandboxFactory); VIP98 holds 200 GiB.
        var content = Content.Bytes(7, 150_000);
        await member.Client.UploadAsync("/keep.bin", new MemoryStream(content));

        factory.Clock.Advance(TimeSpan.FromDays(32));
        var me = await MeAsync(member);
        Assert.Equal("standard", me.GetProperty("plan").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("planExpiresAt").ValueKind);

        var refused = await AssertProblemAsync(await member.Http.PutAsync("/api/v1/content/more.bin", new ByteArrayContent([1, 2, 3])),
            HttpStatusCode.InsufficientStorage, ErrorCodes.QuotaExceeded);
        Assert.Contains("free at least", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var download = await member.Client.DownloadAsync("/keep.bin");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }
}
