namespace Yunpan.Plans;

/// <summary>The months other modules count by, in the installation's time zone (see <see cref="BillingMonth"/>).</summary>
public interface IBillingCalendar
{
    BillingMonth MonthOf(DateTimeOffset instant);
}
