using Yunpan.Plans.Invoices;

namespace Yunpan.Plans.Tests.Invoices;

public sealed class InvoiceRulesTests
{
    [Theory]
    [InlineData(9800, 588)] // 98 yuan → 5.88
    [InlineData(1000, 60)]
    [InlineData(25, 2)] // 1.5 fen rounds half away from zero
    [InlineData(8, 0)] // 0.48 fen
    [InlineData(0, 0)]
    public void Tax_is_six_percent_rounded_to_the_fen(long orderFen, long taxFen) =>
        Assert.Equal((taxFen, 5000L), InvoiceAmounts.For(orderFen, 0.06m, 50m));

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData(" 2024-02 ", 2024, 2)]
    public void Batch_months_are_yyyy_MM(string month, int year, int number) =>
        Assert.Equal(new DateOnly(year, number, 1), IssueInvoiceBatch.ParseMonth(month));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026/11")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_month_forms_are_refused(string? month) =>
        Assert.Throws<Yunpan.Core.Errors.DomainException>(() => IssueInvoiceBatch.ParseMonth(month));
}
