namespace Yunpan.Contracts.Plans;

/// <summary>The buyer's details for an invoice (P-5).</summary>
public sealed record InvoiceRequestDto(string? Company, string? Address, string? Phone, string? Contact);

/// <summary>An invoice request; <see cref="Number"/> and <see cref="IssuedAt"/> are set when staff issue the month's batch.
/// Amounts in yuan: order + tax + postage = total.</summary>
public sealed record InvoiceDto(
    Guid Id,
    Guid OrderId,
    string Company,
    string Address,
    string Phone,
    string Contact,
    decimal OrderAmount,
    decimal Tax,
    decimal Postage,
    decimal Total,
    string Currency,
    DateTimeOffset RequestedAt,
    string? Number,
    DateTimeOffset? IssuedAt);

public sealed record InvoiceList(IReadOnlyList<InvoiceDto> Items);

public sealed record InvoiceBatchRequest(string Month);

/// <summary>A month's batch: the invoices it issued now and in earlier runs, the CSV and one PDF per invoice.</summary>
public sealed record InvoiceBatchDto(string Month, int IssuedNow, IReadOnlyList<InvoiceDto> Invoices, string CsvUrl);

/// <summary>Staff's view of a month: requests still waiting for a number, and a page of the invoices its batch issued.</summary>
public sealed record InvoiceMonthDto(string Month, int Pending, int Issued, IReadOnlyList<InvoiceDto> Items, int Offset, int Limit, string CsvUrl);
