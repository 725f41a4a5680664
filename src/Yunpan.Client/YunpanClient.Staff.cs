using System.Globalization;
using System.Net.Http.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Plans;

namespace Yunpan.Client;

/// <summary>Staff calls: finding a member, shop activations, plan grants and the month's invoices.</summary>
public sealed partial class YunpanClient
{
    /// <summary>The member whose e-mail address or phone number is exactly <paramref name="login"/> (admin, agent).</summary>
    public Task<MemberFoundDto> FindMemberAsync(string login, CancellationToken ct = default) =>
        SendAsync<MemberFoundDto>(HttpMethod.Get, "api/v1/admin/members" + Query(("login", login)), null, ct);

    public Task<OrderDto> ActivateShopOrderAsync(ShopActivationRequest request, CancellationToken ct = default) =>
        SendAsync<OrderDto>(HttpMethod.Post, "api/v1/admin/orders/shop", JsonContent.Create(request, options: Json), ct);

    public Task<PlanGrantDto> GrantPlanAsync(Guid memberId, PlanGrantRequest request, CancellationToken ct = default) =>
        SendAsync<PlanGrantDto>(HttpMethod.Put, $"api/v1/admin/members/{memberId}/plan-grant", JsonContent.Create(request, options: Json), ct);

    public Task WithdrawPlanGrantAsync(Guid memberId, CancellationToken ct = default) =>
        SendAsync<object?>(HttpMethod.Delete, $"api/v1/admin/members/{memberId}/plan-grant", null, ct);

    public Task<InvoiceMonthDto> InvoiceMonthAsync(string month, int offset = 0, int? limit = null, CancellationToken ct = default) =>
        SendAsync<InvoiceMonthDto>(HttpMethod.Get, "api/v1/admin/invoices" + Query(("month", month),
            ("offset", offset.ToString(CultureInfo.InvariantCulture)), ("limit", limit?.ToString(CultureInfo.InvariantCulture))), null, ct);

    public Task<InvoiceBatchDto> IssueInvoiceBatchAsync(string month, CancellationToken ct = default) =>
        SendAsync<InvoiceBatchDto>(HttpMethod.Post, "api/v1/admin/invoices/batches", JsonContent.Create(new InvoiceBatchRequest(month), options: Json), ct);
}
