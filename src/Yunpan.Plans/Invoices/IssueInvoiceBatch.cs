using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Yunpan.Plans.Invoices;

/// <summary>
/// P-5: staff issue a month's invoice requests in one batch: every request made up to the end of that month (in the
/// installation's time zone) and not issued yet gets the month's next number. Running it again issues only what came
/// in since, so a late request is never lost and none is numbered twice.
/// </summary>
internal sealed class IssueInvoiceBatch(DbContext db, PlansCalendar calendar)
{
    public async Task<(string Month, int IssuedNow)> ExecuteAsync(string? month, Guid staffId, CancellationToken cancellationToken)
    {
        var first = ParseMonth(month);
        if (first > calendar.Today)
        {
            throw PlansErrors.InvoiceMonth();
        }

        var batch = BatchName(first);
        var end = calendar.StartOf(first.AddMonths(1));
        var now = calendar.Now;

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var numbered = await db.Set<InvoiceRequest>().CountAsync(i => i.Batch == batch, cancellationToken);
        var pending = await db.Set<InvoiceRequest>().Where(i => i.Number == null && i.RequestedAt < end)
            .OrderBy(i => i.RequestedAt).ToListAsync(cancellationToken);
        foreach (var invoice in pending)
        {
            invoice.Batch = batch;
            invoice.Number = string.Create(CultureInfo.InvariantCulture, $"YP-{first:yyyyMM}-{++numbered:0000}");
            invoice.IssuedAt = now;
            invoice.IssuedBy = staffId;
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return (batch, pending.Count);
    }

    public static string BatchName(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly ParseMonth(string? month) =>
        DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : throw PlansErrors.InvoiceMonth();
}
