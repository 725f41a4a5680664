using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;

namespace Yunpan.Plans.Payments;

/// <summary>
/// A simulated payment gateway for development and tests — never for production, and never configured by default. It
/// behaves like a real one where it matters: the "gateway" signs its payment notification (HMAC-SHA256 with a shared
/// secret) and the server activates nothing it cannot verify. <c>GET /api/v1/payments/sandbox/{order}</c> plays the
/// gateway's payment page: it answers the signed notification the gateway would send once the member paid.
/// </summary>
internal sealed class SandboxPaymentProvider(IOptions<PaymentsOptions> options) : IPaymentProvider
{
    public const string ProviderName = "sandbox";

    public string Name => ProviderName;

    public string PaymentUrl(Guid orderId) => $"/api/v1/payments/sandbox/{orderId}";

    public SandboxPaymentNotice Notice(Guid orderId, long amount)
    {
        var transaction = "sbx_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        return new SandboxPaymentNotice(orderId, amount, transaction, Sign(orderId, amount, transaction));
    }

    public bool IsGenuine(SandboxPaymentNotice notice) =>
        !string.IsNullOrEmpty(notice.Signature) && !string.IsNullOrEmpty(notice.TransactionId) &&
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(notice.OrderId, notice.Amount, notice.TransactionId)),
            Encoding.ASCII.GetBytes(notice.Signature.ToLowerInvariant()));

    private string Sign(Guid orderId, long amount, string transaction)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{orderId:N}|{amount}|{transaction}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SandboxSecret), Encoding.UTF8.GetBytes(payload)));
    }
}
