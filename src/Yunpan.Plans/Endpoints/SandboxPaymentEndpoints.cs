using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Plans.Orders;
using Yunpan.Plans.Payments;

namespace Yunpan.Plans.Endpoints;

/// <summary>Mapped only when the sandbox provider is configured.</summary>
internal static class SandboxPaymentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/payments/sandbox").WithTags("Payments (sandbox)");

        group.MapGet("/{orderId:guid}", async Task<Ok<SandboxPaymentNotice>> (Guid orderId, HttpContext http, DbContext db, SandboxPaymentProvider sandbox, CancellationToken ct) =>
            {
                var order = await db.Set<Order>().AsNoTracking()
                    .FirstOrDefaultAsync(o => o.Id == orderId && o.MemberId == http.MemberId() && o.Provider == SandboxPaymentProvider.ProviderName, ct)
                    ?? throw PlansErrors.OrderNotFound();
                return TypedResults.Ok(sandbox.Notice(order.Id, order.Amount));
            })
            .WithName("SandboxPay")
            .WithSummary("SANDBOX ONLY — the simulated gateway's payment page: answers the signed notification the gateway would send once paid. POST it to /api/v1/payments/sandbox/callback to confirm the order.");

        group.MapPost("/callback", async Task<Ok<PaymentNoticeResult>> (SandboxPaymentNotice notice, SandboxPaymentProvider sandbox, ConfirmPayment confirm, CancellationToken ct) =>
            {
                if (!sandbox.IsGenuine(notice))
                {
                    throw PlansErrors.PaymentRejected("the signature does not match.");
                }

                var activated = await confirm.ExecuteAsync(notice.OrderId, SandboxPaymentProvider.ProviderName, notice.Amount, notice.TransactionId, ct);
                return TypedResults.Ok(new PaymentNoticeResult(notice.OrderId, activated ? "paid" : "already-paid"));
            })
            .AllowAnonymous()
            .WithName("SandboxPaymentCallback")
            .WithSummary("SANDBOX ONLY — the gateway's server-to-server payment notification: signature checked (400 payment_rejected otherwise); a repeated notification activates once.");
    }
}
