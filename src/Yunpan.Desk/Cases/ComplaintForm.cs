namespace Yunpan.Desk.Cases;

/// <summary>
/// K-2 (seed 002 §5): who — the customer, and when the complaint is about staff, the staff member or their ID —,
/// what the problem is, when and where it happened, and how to reach the customer.
/// </summary>
internal sealed class ComplaintForm
{
    /// <summary>K-5: decides the time limit.</summary>
    public Clocks.ComplaintKind Kind { get; set; }

    /// <summary>The staff member complained about, when known (K-14 routes to their supervisor).</summary>
    public Guid? AboutStaffId { get; set; }

    /// <summary>Who or what it is about in the customer's words (a name, a staff ID, "the upload page").</summary>
    public string? About { get; set; }

    public required string What { get; set; }

    public required string When { get; set; }

    public string? Where { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }
}
