using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Plans;
using Yunpan.Plans.Orders;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Invoices;

/// <summary>P-5: a member asks for an invoice for one of their paid orders, giving the buyer's details.</summary>
internal sealed class RequestInvoice(DbContext db, TimeProvider clock, IOptions<InvoicesOptions> options)
{
    public async Task<InvoiceRequest> ExecuteAsync(Guid memberId, Guid orderId, InvoiceRequestDto request, CancellationToken cancellationToken)
    {
        var company = Field(request.Company, "company", 200);
        var address = Field(request.Address, "address", 300);
        var phone = Field(request.Phone, "phone", 40);
        var contact = Field(request.Contact, "contact", 100);

        var order = await db.Set<Order>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && o.MemberId == memberId, cancellationToken)
            ?? throw PlansErrors.OrderNotFound();
        if (order.Status != OrderStatus.Paid)
        {
            throw PlansErrors.OrderNotPaid();
        }

        var (tax, postage) = InvoiceAmounts.For(order.Amount, options.Value.TaxRate, options.Value.Postage);
        var now = clock.GetUtcNow();
        var invoice = new InvoiceRequest
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            OrderId = order.Id,
            Company = company,
            Address = address,
            Phone = phone,
            Contact = contact,
            OrderAmount = order.Amount,
            Tax = tax,
            Postage = postage,
            RequestedAt = now,
        };
        if (await db.Set<InvoiceRequest>().AnyAsync(i => i.OrderId == orderId, cancellationToken)
            || !await UniqueInsert.TrySaveAsync(db, cancellationToken, invoice))
        {
            throw PlansErrors.InvoiceExists();
        }

        return invoice;
    }

    private static string Field(string? value, string name, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > max || trimmed.Any(char.IsControl))
        {
            throw PlansErrors.InvoiceField(name, max);
        }

        return trimmed;
    }
}
