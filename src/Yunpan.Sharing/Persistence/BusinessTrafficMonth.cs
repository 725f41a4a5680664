namespace Yunpan.Sharing.Persistence;

/// <summary>
/// The business-link traffic (S-8) of one publisher in one calendar month (UTC): bytes reserved by downloads in flight
/// plus bytes sent. A download reserves its bytes here with one conditional UPDATE before it starts and gives back
/// what it did not send, so parallel downloads never serve more than the budget.
/// </summary>
internal sealed class BusinessTrafficMonth
{
    public Guid OwnerId { get; init; }

    /// <summary>yyyyMM, e.g. 202611.</summary>
    public int Month { get; init; }

    public long Used { get; set; }
}
