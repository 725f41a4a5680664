using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Plans.Orders;
using Yunpan.Plans.Payments;
using Yunpan.Plans.Traffic;

namespace Yunpan.Plans.Endpoints;

internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/v1/plans").WithTags("Plans");
        plans.MapGet("/quote", async (string plan, string unit, int quantity, HttpContext http, MemberPlans memberPlans, CancellationToken ct) =>
            {
                var quote = await memberPlans.QuoteAsync(http.MemberId(), plan, unit, quantity, ct);
                return TypedResults.Ok(ToDto(quote));
            })
            .WithName("QuotePlan")
            .WithSummary("What buying n months or years of a plan would cost and do now: start, end and the days converted from the running plan (P-3). A lower plan while a higher one runs is refused (409 plan_downgrade).");

        var orders = app.MapGroup("/api/v1/orders").WithTags("Orders");
        orders.MapPost("/", async Task<Created<OrderDto>> (CreateOrderRequest request, HttpContext http, PlaceOrder place, CancellationToken ct) =>
            {
                var (order, paymentUrl) = await place.ExecuteAsync(http.MemberId(), request.Plan, request.Unit, request.Quantity, ct);
                return TypedResults.Created($"/api/v1/orders/{order.Id}", ToDto(order, paymentUrl));
            })
            .WithName("CreateOrder")
            .WithSummary("Buy a plan online: a pending order at the quoted price and the provider's payment URL. The plan is activated when the provider confirms the payment. 503 payment_unavailable when no provider is configured.");

        orders.MapPost("/traffic", async Task<Created<OrderDto>> (CreateTrafficOrderRequest request, HttpContext http, PlaceTrafficOrder place, CancellationToken ct) =>
            {
                var (order, paymentUrl) = await place.ExecuteAsync(http.MemberId(), request.Gigabytes, ct);
                return TypedResults.Created($"/api/v1/orders/{order.Id}", ToDto(order, paymentUrl));
            })
            .WithName("CreateTrafficOrder")
            .WithSummary("Buy extra business-link traffic (S-8, Gold plans): a pending order of n GB at Plans:BusinessTraffic:PricePerGb. Once paid it adds to this month's traffic at once. 403 business_links_not_in_plan for other plans.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        orders.MapGet("/", async (HttpContext http, DbContext db, IEnumerable<IPaymentProvider> providers, CancellationToken ct) =>
            {
                var mine = await db.Set<Order>().AsNoTracking().Where(o => o.MemberId == http.MemberId())
                    .OrderByDescending(o => o.CreatedAt).Take(200).ToListAsync(ct);
                return TypedResults.Ok(new OrderList(mine.Select(o => ToDto(o, PaymentUrl(o, providers))).ToList()));
            })
            .WithName("ListOrders")
            .WithSummary("My orders, newest first (the last 200).");

        orders.MapGet("/{id:guid}", async Task<Ok<OrderDto>> (Guid id, HttpContext http, DbContext db, IEnumerable<IPaymentProvider> providers, CancellationToken ct) =>
            {
                var order = await db.Set<Order>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.MemberId == http.MemberId(), ct)
                    ?? throw PlansErrors.OrderNotFound();
                return TypedResults.Ok(ToDto(order, PaymentUrl(order, providers)));
            })
            .WithName("GetOrder")
            .WithSummary("One of my orders.");

        app.MapPost("/api/v1/admin/orders/shop", async Task<Created<OrderDto>> (ShopActivationRequest request, HttpContext http, ActivateShopOrder activate, CancellationToken ct) =>
            {
                var order = await activate.ExecuteAsync(http.MemberId(), request.MemberId, request.Plan, request.Unit, request.Quantity, request.ShopOrderNumber, ct);
                return TypedResults.Created($"/api/v1/orders/{order.Id}", ToDto(order, null));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Agent))
            .WithTags("Orders")
            .WithName("ActivateShopOrder")
            .WithSummary("Staff (admin, agent): activate a plan bought in a third-party shop, against the shop's order number (unique; recorded with who activated it).");
    }

    private static string? PaymentUrl(Order order, IEnumerable<IPaymentProvider> providers) =>
        order.Status == OrderStatus.Pending ? providers.FirstOrDefault(p => p.Name == order.Provider)?.PaymentUrl(order.Id) : null;

    private static PurchaseQuoteDto ToDto(PurchaseQuote quote) => new(
        quote.Plan.Id, quote.Plan.Name, Name(quote.Term.Unit), quote.Term.Quantity, Money.ToYuan(quote.Amount), Money.Currency,
        Name(quote.Purchase.Kind), quote.Purchase.StartsAt, quote.Purchase.EndsAt, quote.Purchase.ConvertedDays, quote.Purchase.From?.Id);

    private static OrderDto ToDto(Order order, string? paymentUrl) => new(
        order.Id, order.PlanId, Name(order.Unit), order.Quantity, Money.ToYuan(order.Amount), Money.Currency, Name(order.Channel), Name(order.Status),
        order.CreatedAt, order.PaidAt, order.Kind is { } kind ? Name(kind) : null, order.PeriodStart, order.PeriodEnd, order.ConvertedDays, order.ConvertedFromPlanId, paymentUrl,
        order.Product == OrderProduct.BusinessTraffic ? "business-traffic" : "plan", order.TrafficBytes);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
