namespace Yunpan.Plans.Orders;

public enum PurchaseKind
{
    /// <summary>No paid plan running: the term starts now.</summary>
    New,

    /// <summary>The same plan again: the term is added after the running one.</summary>
    Renewal,

    /// <summary>A higher plan: it starts now, and the old plan's remaining value becomes extra days of it (P-3).</summary>
    Upgrade,

    /// <summary>A lower plan paid while a higher one came to run meanwhile: its value becomes days of the higher plan.</summary>
    Credit,
}
