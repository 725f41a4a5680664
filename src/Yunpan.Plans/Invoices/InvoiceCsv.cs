using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Invoices;

/// <summary>A batch as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Chinese names right),
/// streamed row by row from the database. Buyers type the names: a cell that a spreadsheet would run as a formula is
/// escaped.</summary>
internal sealed class InvoiceCsv(DbContext db, PlansCalendar calendar)
{
    public async Task WriteAsync(string batch, Stream destination, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(destination, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var header in new[] { "number", "issued", "company", "address", "phone", "contact", "order", "plan", "order_amount", "tax", "postage", "total", "currency" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var rows = db.Set<InvoiceRequest>().AsNoTracking().Where(i => i.Batch == batch).OrderBy(i => i.Number)
            .Join(db.Set<Order>().AsNoTracking(), i => i.OrderId, o => o.Id, (i, o) => new { Invoice = i, o.PlanId })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var i = row.Invoice;
            csv.WriteField(i.Number);
            csv.WriteField(i.IssuedAt is { } at ? TimeZoneInfo.ConvertTime(at, calendar.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
            csv.WriteField(i.Company);
            csv.WriteField(i.Address);
            csv.WriteField(i.Phone);
            csv.WriteField(i.Contact);
            csv.WriteField(i.OrderId.ToString("N"));
            csv.WriteField(row.PlanId);
            foreach (var fen in new[] { i.OrderAmount, i.Tax, i.Postage, i.Total })
            {
                csv.WriteField(Money.ToYuan(fen).ToString("0.00", CultureInfo.InvariantCulture));
            }

            csv.WriteField(Money.Currency);
            await csv.NextRecordAsync();
        }
    }
}
