using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using UglyToad.PdfPig;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Plans;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>P-5: invoice requests for paid orders, the month's batch as CSV and one PDF per invoice, parsed back.</summary>
public sealed class InvoicesTests(SandboxFactory factory) : IClassFixture<SandboxFactory>
{
    private static readonly InvoiceRequestDto Buyer = new("云盘测试有限公司, \"Shenzhen\"", "深圳市南山区科技园 1 号", "+86 755 1234 5678", "张三");

    private static async Task<OrderDto> ShopOrderAsync(Member staff, Member member, string plan, string shopOrder) =>
        await ReadAsync<OrderDto>(await staff.Http.PostAsJsonAsync("/api/v1/admin/orders/shop",
            new ShopActivationRequest(member.Id, plan, "year", 1, shopOrder)), HttpStatusCode.Created);

    [Fact]
    public async Task A_paid_order_is_invoiced_once_with_tax_and_postage_and_bad_requests_change_nothing()
    {
        var staff = await Members.NewAdminAsync(factory);
        var member = await Members.NewAsync(factory);
        var other = await Members.NewAsync(factory);
        var paid = await ShopOrderAsync(staff, member, "vip98", $"TB-{Guid.NewGuid():N}");
        var pending = await ReadAsync<OrderDto>(await member.Http.PostAsJsonAsync("/api/v1/orders", new CreateOrderRequest("vip198", "year", 1)), HttpStatusCode.Created);

        await AssertProblemAsync(await member.Http.PostAsJsonAsync($"/api/v1/orders/{pending.Id}/invoice", Buyer), HttpStatusCode.Conflict, ErrorCodes.OrderNotPaid);
        await AssertProblemAsync(await other.Http.PostAsJsonAsync($"/api/v1/orders/{paid.Id}/invoice", Buyer), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await member.Http.PostAsJsonAsync($"/api/v1/orders/{paid.Id}/invoice", Buyer with { Company = " " }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await member.Http.PostAsJsonAsync($"/api/v1/orders/{paid.Id}/invoice", Buyer with { Contact = "a\r\nb" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        Assert.Empty((await ReadAsync<InvoiceList>(await member.Http.GetAsync("/api/v1/invoices"), HttpStatusCode.OK)).Items);

        var invoice = await ReadAsync<InvoiceDto>(await member.Http.PostAsJsonAsync($"/api/v1/orders/{paid.Id}/invoice", Buyer), HttpStatusCode.Created);
        Assert.Equal((98m, 5.88m, 50m, 153.88m), (invoice.OrderAmount, invoice.Tax, invoice.Postage, invoice.Total));
        Assert.Null(invoice.Number);
        await AssertProblemAsync(await member.Http.PostAsJsonAsync($"/api/v1/orders/{paid.Id}/invoice", Buyer), HttpStatusCode.Conflict, ErrorCodes.InvoiceExists);
        Assert.Single((await ReadAsync<InvoiceList>(await member.Http.GetAsync("/api/v1/invoices"), HttpStatusCode.OK)).Items);
        await AssertProblemAsync(await member.Http.GetAsync($"/api/v1/invoices/{invoice.Id}/pdf"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Staff_issue_the_months_batch_as_a_csv_and_one_pdf_per_invoice()
    {
        var staff = await Members.NewAdminAsync(factory);
        var alice = await Members.NewAsync(factory);
        var bob = await Members.NewAsync(factory);
        var a = await ShopOrderAsync(staff, alice, "supreme", $"JD-{Guid.NewGuid():N}");
        var b = await ShopOrderAsync(staff, bob, "vip98", $"JD-{Guid.NewGuid():N}");
        var aliceInvoice = await ReadAsync<InvoiceDto>(await alice.Http.PostAsJsonAsync($"/api/v1/orders/{a.Id}/invoice", Buyer), HttpStatusCode.Created);
        await AssertStatusAsync(await bob.Http.PostAsJsonAsync($"/api/v1/orders/{b.Id}/invoice", new InvoiceRequestDto("=HYPERLINK(\"x\")", "Road 1", "123", "Bob")), HttpStatusCode.Created);

        var month = factory.Clock.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await AssertProblemAsync(await alice.Http.PostAsJsonAsync("/api/v1/admin/invoices/batches", new InvoiceBatchRequest(month)), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await staff.Http.PostAsJsonAsync("/api/v1/admin/invoices/batches", new InvoiceBatchRequest("2099-01")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await staff.Http.PostAsJsonAsync("/api/v1/admin/invoices/batches", new InvoiceBatchRequest("November")), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var waiting = await ReadAsync<InvoiceMonthDto>(await staff.Http.GetAsync($"/api/v1/admin/invoices?month={month}"), HttpStatusCode.OK);
        Assert.True(waiting.Pending >= 2, $"{waiting.Pending} pending");
        await AssertProblemAsync(await alice.Http.GetAsync($"/api/v1/admin/invoices?month={month}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await staff.Http.GetAsync("/api/v1/admin/invoices?month=13-2026"), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var batch = await ReadAsync<InvoiceBatchDto>(await staff.Http.PostAsJsonAsync("/api/v1/admin/invoices/batches", new InvoiceBatchRequest(month)), HttpStatusCode.OK);
        Assert.True(batch.IssuedNow >= 2);
        var issuedMonth = await ReadAsync<InvoiceMonthDto>(await staff.Http.GetAsync($"/api/v1/admin/invoices?month={month}&limit=1&offset=1"), HttpStatusCode.OK);
        Assert.Equal((0, batch.Invoices.Count, batch.CsvUrl), (issuedMonth.Pending, issuedMonth.Issued, issuedMonth.CsvUrl));
        Assert.Equal(batch.Invoices[1].Number, Assert.Single(issuedMonth.Items).Number);
        Assert.All(batch.Invoices, i => Assert.Matches(@"^YP-\d{6}-\d{4}$", i.Number));
        Assert.Equal(batch.Invoices.Count, batch.Invoices.Select(i => i.Number).Distinct().Count());
        var again = await ReadAsync<InvoiceBatchDto>(await staff.Http.PostAsJsonAsync("/api/v1/admin/invoices/batches", new InvoiceBatchRequest(month)), HttpStatusCode.OK);
        Assert.Equal(0, again.IssuedNow);

        var csvResponse = await staff.Http.GetAsync(batch.CsvUrl);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        using var reader = new CsvReader(new StreamReader(await csvResponse.Content.ReadAsStreamAsync()), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await reader.ReadAsync();
        reader.ReadHeader();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        Assert.Equal(batch.Invoices.Count, rows.Count);
        var aliceRow = Assert.Single(rows, r => r["order"] == a.Id.ToString("N"));
        Assert.Equal((Buyer.Company, "supreme", "398.00", "23.88", "50.00", "471.88"),
            (aliceRow["company"], aliceRow["plan"], aliceRow["order_amount"], aliceRow["tax"], aliceRow["postage"], aliceRow["total"]));
        Assert.StartsWith("'=", Assert.Single(rows, r => r["order"] == b.Id.ToString("N"))["company"], StringComparison.Ordinal);

        var issued = Assert.Single((await ReadAsync<InvoiceList>(await alice.Http.GetAsync("/api/v1/invoices"), HttpStatusCode.OK)).Items);
        Assert.NotNull(issued.Number);
        var pdfResponse = await alice.Http.GetAsync($"/api/v1/invoices/{aliceInvoice.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        var bytes = await pdfResponse.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 120_000, $"the PDF is {bytes.Length} bytes: fonts should be subset");
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
            Assert.Equal(1, pdf.NumberOfPages);
            Assert.Contains("Yunpan value-added service", text, StringComparison.Ordinal);
            Assert.Contains(issued.Number, text, StringComparison.Ordinal);
            Assert.Contains("云盘测试有限公司", text, StringComparison.Ordinal);
            Assert.Contains("471.88", text, StringComparison.Ordinal);
        }

        await AssertProblemAsync(await bob.Http.GetAsync($"/api/v1/invoices/{aliceInvoice.Id}/pdf"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync($"/api/v1/admin/invoices/{aliceInvoice.Id}/pdf")).StatusCode);
    }
}
