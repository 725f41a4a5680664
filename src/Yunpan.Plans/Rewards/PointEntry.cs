namespace Yunpan.Plans.Rewards;

/// <summary>Points earned (positive) or spent (negative); the balance is their sum. <see cref="Reference"/> makes each
/// entry happen once per reason (the sign-in day, the redemption year).</summary>
internal sealed class PointEntry
{
    public Guid Id { get; init; }

    public Guid MemberId { get; init; }

    public int Amount { get; init; }

    public required string Reason { get; init; }

    public required string Reference { get; init; }

    public DateTimeOffset At { get; init; }
}
