using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Security;
using Yunpan.Plans.Invoices;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans.Endpoints;

internal static class InvoiceEndpoints
{
    private static readonly string[] Staff = [Roles.Admin, Roles.Agent];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/orders/{id:guid}/invoice", async Task<Created<InvoiceDto>> (Guid id, InvoiceRequestDto request, HttpContext http, RequestInvoice requestInvoice, CancellationToken ct) =>
            {
                var invoice = await requestInvoice.ExecuteAsync(http.MemberId(), id, request, ct);
                return TypedResults.Created("/api/v1/invoices", ToDto(invoice));
            })
            .RequireAuthorization()
            .WithTags("Invoices")
            .WithName("RequestInvoice")
            .WithSummary("Ask for an invoice for a paid order (P-5): company, address, phone and contact. Amount = order + tax + postage (6 % and 50 yuan by default), fixed now; issued with the month's batch. 409 order_not_paid, 409 invoice_exists.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var mine = app.MapGroup("/api/v1/invoices").WithTags("Invoices").RequireAuthorization();
        mine.MapGet("/", async (HttpContext http, DbContext db, CancellationToken ct) =>
            {
                var items = await db.Set<InvoiceRequest>().AsNoTracking().Where(i => i.MemberId == http.MemberId())
                    .OrderByDescending(i => i.RequestedAt).Take(200).ToListAsync(ct);
                return new InvoiceList(items.Select(ToDto).ToList());
            })
            .WithName("ListInvoices")
            .WithSummary("My invoice requests, newest first, with their numbers once issued.");

        mine.MapGet("/{id:guid}/pdf", (Guid id, HttpContext http, DbContext db, InvoicePdf pdf, CancellationToken ct) =>
                PdfAsync(db.Set<InvoiceRequest>().Where(i => i.Id == id && i.MemberId == http.MemberId()), db, pdf, http, ct))
            .WithName("DownloadInvoice")
            .WithSummary("An issued invoice of mine as PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = app.MapGroup("/api/v1/admin/invoices").WithTags("Invoices").RequireAuthorization(p => p.RequireRole(Staff));
        admin.MapPost("/batches", async (InvoiceBatchRequest request, HttpContext http, IssueInvoiceBatch issue, DbContext db, CancellationToken ct) =>
            {
                var (month, issued) = await issue.ExecuteAsync(request.Month, http.MemberId(), ct);
                var invoices = await db.Set<InvoiceRequest>().AsNoTracking().Where(i => i.Batch == month).OrderBy(i => i.Number).ToListAsync(ct);
                return new InvoiceBatchDto(month, issued, invoices.Select(ToDto).ToList(), CsvUrl(month));
            })
            .WithName("IssueInvoiceBatch")
            .WithSummary("Staff (admin, agent): issue the month's invoices (yyyy-MM): every request made up to that month's end and not issued yet gets the month's next number. Safe to run again.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        admin.MapGet("/", async (string? month, int? offset, int? limit, ListInvoiceMonth list, CancellationToken ct) =>
            {
                var (batch, pending, issued, page, skip, take) = await list.ExecuteAsync(month, offset, limit, ct);
                return new InvoiceMonthDto(batch, pending, issued, page.Select(ToDto).ToList(), skip, take, CsvUrl(batch));
            })
            .WithName("ListInvoiceMonth")
            .WithSummary("Staff: a month (?month=yyyy-MM): how many requests made up to its end wait for a number, and a page of the invoices " +
                "its batch issued, by number (offset, limit: 50 by default, at most 200).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        admin.MapGet("/batches/{month}/csv", async (string month, HttpContext http, InvoiceCsv csv, CancellationToken ct) =>
            {
                var batch = IssueInvoiceBatch.BatchName(IssueInvoiceBatch.ParseMonth(month));
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"invoices-{batch}.csv\"";
                await csv.WriteAsync(batch, http.Response.Body, ct);
            })
            .WithName("InvoiceBatchCsv")
            .WithSummary("Staff: a month's issued invoices as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        admin.MapGet("/{id:guid}/pdf", (Guid id, HttpContext http, DbContext db, InvoicePdf pdf, CancellationToken ct) =>
                PdfAsync(db.Set<InvoiceRequest>().Where(i => i.Id == id), db, pdf, http, ct))
            .WithName("InvoicePdf")
            .WithSummary("Staff: one issued invoice as PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task PdfAsync(IQueryable<InvoiceRequest> query, DbContext db, InvoicePdf pdf, HttpContext http, CancellationToken ct)
    {
        var found = await query.AsNoTracking().Where(i => i.Number != null)
            .Join(db.Set<Order>().AsNoTracking(), i => i.OrderId, o => o.Id, (i, o) => new { Invoice = i, Order = o })
            .FirstOrDefaultAsync(ct) ?? throw PlansErrors.InvoiceNotIssued();
        http.Response.ContentType = "application/pdf";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{found.Invoice.Number}.pdf\"";
        await pdf.WriteAsync(found.Invoice, found.Order, http.Response.Body, ct);
    }

    private static string CsvUrl(string month) => $"/api/v1/admin/invoices/batches/{month}/csv";

    private static InvoiceDto ToDto(InvoiceRequest i) => new(
        i.Id, i.OrderId, i.Company, i.Address, i.Phone, i.Contact, Money.ToYuan(i.OrderAmount), Money.ToYuan(i.Tax), Money.ToYuan(i.Postage),
        Money.ToYuan(i.Total), Money.Currency, i.RequestedAt, i.Number, i.IssuedAt);
}
