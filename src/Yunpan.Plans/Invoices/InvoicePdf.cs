using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Invoices;

/// <summary>One issued invoice as a one-page A4 PDF (Skia's PDF backend: text stays text, fonts are subset).</summary>
internal sealed class InvoicePdf(InvoiceFont font, IOptions<InvoicesOptions> options, PlansCalendar calendar)
{
    private const float Width = 595, Height = 842, Margin = 56;

    public async Task WriteAsync(InvoiceRequest invoice, Order order, Stream destination, CancellationToken cancellationToken)
    {
        // Skia writes the document when it is closed; one page with a subset font is a few kilobytes.
        using var buffer = new MemoryStream();
        Render(invoice, order, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken);
    }

    private void Render(InvoiceRequest invoice, Order order, Stream output)
    {
        var settings = options.Value;
        using var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = $"{settings.Title} {invoice.Number}",
            Creator = "Yunpan",
            Creation = invoice.IssuedAt?.UtcDateTime,
        });
        var canvas = document.BeginPage(Width, Height);
        using var title = new SKFont(font.Typeface, 20);
        using var text = new SKFont(font.Typeface, 11);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var rule = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.5f };

        var y = Margin + 20;
        canvas.DrawText(settings.Title, Margin, y, title, ink);
        y += 30;
        var issued = invoice.IssuedAt is { } at ? TimeZoneInfo.ConvertTime(at, calendar.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        foreach (var line in new[]
                 {
                     $"Invoice number: {invoice.Number}",
                     $"Date: {issued}",
                     $"Seller: {settings.Seller}",
                     $"Buyer: {invoice.Company}",
                     $"Address: {invoice.Address}",
                     $"Phone: {invoice.Phone}",
                     $"Contact: {invoice.Contact}",
                 })
        {
            canvas.DrawText(line, Margin, y, text, ink);
            y += 18;
        }

        y += 12;
        canvas.DrawLine(Margin, y, Width - Margin, y, rule);
        y += 20;
        var term = string.Create(CultureInfo.InvariantCulture, $"{order.Quantity} {order.Unit.ToString().ToLowerInvariant()}(s)");
        foreach (var (label, fen) in new[]
                 {
                     ($"Plan {order.PlanId}, {term} (order {order.Id:N})", invoice.OrderAmount),
                     ($"Tax ({settings.TaxRate.ToString("P0", CultureInfo.InvariantCulture)})", invoice.Tax),
                     ("Postage", invoice.Postage),
                     ("Total (CNY)", invoice.Total),
                 })
        {
            canvas.DrawText(label, Margin, y, text, ink);
            var amount = Money.ToYuan(fen).ToString("0.00", CultureInfo.InvariantCulture);
            canvas.DrawText(amount, Width - Margin, y, SKTextAlign.Right, text, ink);
            y += 18;
        }

        document.EndPage();
        document.Close();
    }
}
