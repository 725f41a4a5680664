namespace Yunpan.Contracts.Plans;

/// <summary>What buying a plan term would do, shown before paying (P-3). Amounts are yuan.</summary>
public sealed record PurchaseQuoteDto(
    string Plan,
    string PlanName,
    string Unit,
    int Quantity,
    decimal Amount,
    string Currency,
    string Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int ConvertedDays,
    string? ConvertedFrom);

/// <summary><c>unit</c> is <c>month</c> or <c>year</c>.</summary>
public sealed record CreateOrderRequest(string Plan, string Unit, int Quantity);

public sealed record OrderDto(
    Guid Id,
    string Plan,
    string Unit,
    int Quantity,
    decimal Amount,
    string Currency,
    string Channel,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    string? Kind,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd,
    int ConvertedDays,
    string? ConvertedFrom,
    string? PaymentUrl,
    string Product = "plan",
    long TrafficBytes = 0);

/// <summary>Buy extra business-link traffic (S-8): whole gigabytes, counted in the month the payment is confirmed.</summary>
public sealed record CreateTrafficOrderRequest(int Gigabytes);

public sealed record OrderList(IReadOnlyList<OrderDto> Orders);

/// <summary>Staff activate a plan bought in a third-party shop, against the shop's order number (P-4).</summary>
public sealed record ShopActivationRequest(Guid MemberId, string Plan, string Unit, int Quantity, string ShopOrderNumber);

/// <summary>The sandbox provider's payment notification: HMAC-SHA256 of <c>orderId|amount|transactionId</c>. Amount in fen.</summary>
public sealed record SandboxPaymentNotice(Guid OrderId, long Amount, string TransactionId, string Signature);

public sealed record PaymentNoticeResult(Guid OrderId, string Status);
