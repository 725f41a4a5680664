using Microsoft.EntityFrameworkCore;

namespace Yunpan.Plans.Invoices;

/// <summary>
/// Staff's view of a month before and after issuing it (P-5): how many requests made up to the month's end still
/// wait for a number, and a page of the invoices the month's batch has issued, by number.
/// </summary>
internal sealed class ListInvoiceMonth(DbContext db, PlansCalendar calendar)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<(string Month, int Pending, int Issued, IReadOnlyList<InvoiceRequest> Page, int Offset, int Limit)> ExecuteAsync(
        string? month, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var first = IssueInvoiceBatch.ParseMonth(month);
        var batch = IssueInvoiceBatch.BatchName(first);
        var end = calendar.StartOf(first.AddMonths(1));
        var skip = Math.Max(offset ?? 0, 0);
        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

        var pending = await db.Set<InvoiceRequest>().CountAsync(i => i.Number == null && i.RequestedAt < end, cancellationToken);
        var issued = db.Set<InvoiceRequest>().AsNoTracking().Where(i => i.Batch == batch);
        var total = await issued.CountAsync(cancellationToken);
        var page = await issued.OrderBy(i => i.Number).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (batch, pending, total, page, skip, take);
    }
}
