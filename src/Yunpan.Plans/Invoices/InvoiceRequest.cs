namespace Yunpan.Plans.Invoices;

/// <summary>
/// A member's request for an invoice for one paid order (P-5), with the buyer's details, and — once staff issued the
/// month's batch — its number. Amounts are in fen and fixed when requested, so a later change of the tax rate or postage
/// does not change an invoice already asked for.
/// </summary>
internal sealed class InvoiceRequest
{
    public Guid Id { get; init; }

    public Guid MemberId { get; init; }

    public Guid OrderId { get; init; }

    public required string Company { get; init; }

    public required string Address { get; init; }

    public required string Phone { get; init; }

    public required string Contact { get; init; }

    public long OrderAmount { get; init; }

    public long Tax { get; init; }

    public long Postage { get; init; }

    public long Total => OrderAmount + Tax + Postage;

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The batch month, "yyyy-MM", once issued.</summary>
    public string? Batch { get; set; }

    /// <summary>"YP-yyyyMM-nnnn", unique, once issued.</summary>
    public string? Number { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public Guid? IssuedBy { get; set; }
}
